namespace StorageOps.Simulator.Tests.TestSupport;

/// <summary>A timer of <see cref="RecordingTimeProvider"/> that never fires and records every change.</summary>
internal sealed class RecordingTimer(RecordingTimeProvider owner) : ITimer
{
    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        owner.Timers.Add((dueTime, period));
        return true;
    }

    public void Dispose()
    {
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
