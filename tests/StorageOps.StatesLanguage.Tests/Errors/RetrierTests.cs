using StorageOps.StatesLanguage.Errors;

namespace StorageOps.StatesLanguage.Tests.Errors;

public sealed class RetrierTests
{
    [Fact]
    public void DelayBeforeRetry_WhenTheBackoffGrowsPastAnyRepresentableDelay_ShouldBeTheLongestDelay()
    {
        var retrier = new Retrier(["States.ALL"], IntervalSeconds: 99_999_999, MaxAttempts: 99_999_999, BackoffRate: 1000, MaxDelaySeconds: null, JitterStrategy.None);

        Assert.Equal(TimeSpan.MaxValue, retrier.DelayBeforeRetry(200));
    }

    [Fact]
    public void DelayBeforeRetry_WhenMaxDelaySecondsCapsTheBackoff_ShouldBeTheCap()
    {
        var retrier = new Retrier(["States.ALL"], IntervalSeconds: 1, MaxAttempts: 500, BackoffRate: 2, MaxDelaySeconds: 60, JitterStrategy.None);

        Assert.Equal(TimeSpan.FromSeconds(60), retrier.DelayBeforeRetry(400));
    }
}
