using StorageOps.Functions.Polling;

namespace StorageOps.Functions.Tests.Polling;

public sealed class PollingScheduleTests
{
    [Theory]
    [InlineData(0, 5)]
    [InlineData(59, 5)]
    [InlineData(60, 15)]
    [InlineData(299, 15)]
    [InlineData(300, 30)]
    [InlineData(86400, 30)]
    public void SecondsUntilNextPoll_WhenResourceHasAge_ShouldBackOffInSteps(int ageSeconds, int expected) =>
        Assert.Equal(expected, PollingSchedule.SecondsUntilNextPoll(TimeSpan.FromSeconds(ageSeconds)));
}
