namespace StorageOps.StatesLanguage.Time;

/// <summary>A <see cref="ITimer"/> that fires when the <see cref="VirtualClock"/> reaches its due time.</summary>
internal sealed class VirtualTimer(VirtualClock clock, TimerCallback callback, object? state) : ITimer
{
    // Guarded by the clock's lock: bumping it invalidates entries already queued for an earlier Change.
    internal long Generation { get; set; }

    internal TimeSpan Period { get; set; }

    internal bool IsCancelled { get; set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        clock.Schedule(this, dueTime, period);
        return true;
    }

    internal void Invoke() => callback(state);

    public void Dispose() => clock.Cancel(this);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
