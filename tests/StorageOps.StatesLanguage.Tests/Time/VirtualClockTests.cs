using StorageOps.StatesLanguage.Tests.Support;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.StatesLanguage.Tests.Time;

public sealed class VirtualClockTests
{
    [Fact]
    public void GetUtcNow_WhenCreated_ShouldReturnTheStartInstant()
    {
        var clock = new VirtualClock(EngineHarness.Start);

        Assert.Equal(EngineHarness.Start, clock.GetUtcNow());
    }

    [Fact]
    public async Task TaskDelay_WhenNothingIsWorking_ShouldCompleteAtTheVirtualDueTime()
    {
        var clock = new VirtualClock(EngineHarness.Start);

        await Task.Delay(TimeSpan.FromMinutes(30), clock);

        Assert.Equal(EngineHarness.Start.AddMinutes(30), clock.GetUtcNow());
    }

    [Fact]
    public async Task TaskDelay_WhenAnActivityIsOpen_ShouldNotAdvanceUntilItEnds()
    {
        var clock = new VirtualClock(EngineHarness.Start);
        var activity = clock.BeginActivity();

        var delay = Task.Delay(TimeSpan.FromSeconds(10), clock);

        Assert.False(delay.IsCompleted);
        Assert.Equal(EngineHarness.Start, clock.GetUtcNow());
        activity.Dispose();
        await delay;
        Assert.Equal(EngineHarness.Start.AddSeconds(10), clock.GetUtcNow());
    }

    [Fact]
    public async Task WaitAsync_WhenSeveralActivitiesWait_ShouldWakeEachAtItsOwnDueTime()
    {
        var clock = new VirtualClock(EngineHarness.Start);
        var wokenAt = new DateTimeOffset[3];
        Task Sleeper(int index, int seconds, IDisposable activity) => Task.Run(async () =>
        {
            using (activity)
            {
                await clock.WaitAsync(TimeSpan.FromSeconds(seconds), CancellationToken.None);
                wokenAt[index] = clock.GetUtcNow();
            }
        });

        Task[] sleepers;
        using (clock.BeginActivity())
        {
            sleepers = [Sleeper(0, 30, clock.BeginActivity()), Sleeper(1, 10, clock.BeginActivity()), Sleeper(2, 20, clock.BeginActivity())];
        }

        await Task.WhenAll(sleepers);

        Assert.Equal([30.0, 10.0, 20.0], wokenAt.Select(EngineHarness.SecondsSinceStart));
    }

    [Fact]
    public async Task WaitAsync_WhenCancelled_ShouldThrowAndResumeTheActivity()
    {
        var clock = new VirtualClock(EngineHarness.Start);
        using var cancellation = new CancellationTokenSource();
        var activity = clock.BeginActivity();
        using var holder = clock.BeginActivity();

        var wait = clock.WaitAsync(TimeSpan.FromHours(1), cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        Assert.Equal(2, clock.ActiveCount);
        Assert.Equal(EngineHarness.Start, clock.GetUtcNow());
        activity.Dispose();
    }

    [Fact]
    public void WaitAsync_WhenCalledOutsideAnActivity_ShouldThrow()
    {
        var clock = new VirtualClock(EngineHarness.Start);

        Assert.Throws<InvalidOperationException>(() => { _ = clock.WaitAsync(TimeSpan.FromSeconds(1), CancellationToken.None); });
    }

    [Fact]
    public void CreateTimer_WhenChangedBeforeFiring_ShouldFireOnlyAtTheNewDueTime()
    {
        var clock = new VirtualClock(EngineHarness.Start);
        var firedAt = new List<DateTimeOffset>();
        using var hold = clock.BeginActivity();
        using var timer = clock.CreateTimer(_ => firedAt.Add(clock.GetUtcNow()), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);

        timer.Change(TimeSpan.FromSeconds(8), Timeout.InfiniteTimeSpan);
        hold.Dispose();

        Assert.Equal([8.0], firedAt.Select(EngineHarness.SecondsSinceStart));
    }

    [Fact]
    public void CreateTimer_WhenDisposedBeforeFiring_ShouldNeverFire()
    {
        var clock = new VirtualClock(EngineHarness.Start);
        var fired = false;
        var hold = clock.BeginActivity();
        var timer = clock.CreateTimer(_ => fired = true, null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);

        timer.Dispose();
        hold.Dispose();

        Assert.False(fired);
        Assert.Equal(0, clock.PendingTimerCount);
        Assert.Equal(EngineHarness.Start, clock.GetUtcNow());
    }

    [Fact]
    public void CreateTimer_WhenPeriodic_ShouldFireRepeatedlyUntilDisposed()
    {
        var clock = new VirtualClock(EngineHarness.Start);
        var firedAt = new List<double>();
        ITimer? timer = null;
        using (clock.BeginActivity())
        {
            timer = clock.CreateTimer(
                _ =>
                {
                    firedAt.Add(EngineHarness.SecondsSinceStart(clock.GetUtcNow()));
                    if (firedAt.Count == 3)
                    {
                        timer!.Dispose();
                    }
                },
                null,
                TimeSpan.FromSeconds(2),
                TimeSpan.FromSeconds(5));
        }

        Assert.Equal([2.0, 7.0, 12.0], firedAt);
    }

    [Fact]
    public async Task TaskDelay_WhenTheDueTimeIsPastTheLastRepresentableInstant_ShouldCompleteAtThatInstant()
    {
        var clock = new VirtualClock(DateTimeOffset.MaxValue.AddSeconds(-5));

        await Task.Delay(TimeSpan.FromDays(1), clock);

        Assert.Equal(DateTimeOffset.MaxValue, clock.GetUtcNow());
    }
}
