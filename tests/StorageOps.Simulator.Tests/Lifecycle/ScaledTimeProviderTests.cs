using StorageOps.Simulator.Lifecycle;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Lifecycle;

public sealed class ScaledTimeProviderTests
{
    [Fact]
    public void GetUtcNow_WhenTheInnerClockAdvancesOneSecondAtScale60_ShouldAdvanceOneMinuteFromTheStart()
    {
        var inner = new ManualTimeProvider();
        var start = inner.GetUtcNow();
        var scaled = new ScaledTimeProvider(60, inner);

        inner.Advance(TimeSpan.FromSeconds(1.5));

        Assert.Equal(start.AddSeconds(90), scaled.GetUtcNow());
    }

    [Fact]
    public void GetElapsedTime_WhenTheInnerClockAdvances_ShouldBeScaled()
    {
        var inner = new RecordingTimeProvider();
        var scaled = new ScaledTimeProvider(10, inner);
        var before = scaled.GetTimestamp();

        inner.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(TimeSpan.FromSeconds(20), scaled.GetElapsedTime(before));
    }

    [Fact]
    public void CreateTimer_AtScale60_ShouldWaitASixtiethOfTheDueTimeAndPeriodOnTheInnerClock()
    {
        var inner = new RecordingTimeProvider();
        var scaled = new ScaledTimeProvider(60, inner);

        using var timer = scaled.CreateTimer(_ => { }, null, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(1));
        timer.Change(TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);

        Assert.Equal([(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1)), (TimeSpan.FromSeconds(0.5), Timeout.InfiniteTimeSpan)], inner.Timers);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_WhenScaleIsNotAPositiveNumber_ShouldThrow(double scale)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScaledTimeProvider(scale));
    }
}
