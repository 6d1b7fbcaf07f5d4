namespace StorageOps.Simulator.Tests.TestSupport;

/// <summary>A clock whose timestamps only move when a test advances it, recording the due times and periods of the timers made from it.</summary>
internal sealed class RecordingTimeProvider : TimeProvider
{
    private long ticks;

    public List<(TimeSpan DueTime, TimeSpan Period)> Timers { get; } = [];

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => ticks;

    public void Advance(TimeSpan by) => ticks += by.Ticks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Timers.Add((dueTime, period));
        return new RecordingTimer(this);
    }
}
