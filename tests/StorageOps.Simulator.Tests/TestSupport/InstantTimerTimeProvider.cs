using System.Collections.Concurrent;

namespace StorageOps.Simulator.Tests.TestSupport;

/// <summary>A clock whose timers fire at once, recording how long each was asked to wait, so delays are observed without waiting.</summary>
internal sealed class InstantTimerTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> requestedDelays = new();

    public IReadOnlyCollection<TimeSpan> RequestedDelays => requestedDelays;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        requestedDelays.Enqueue(dueTime);
        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new FiredTimer();
    }

    private sealed class FiredTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
