namespace StorageOps.Simulator.Lifecycle;

/// <summary>A timer of a <see cref="ScaledTimeProvider"/>: due times and periods given to <see cref="Change"/> are in scaled time.</summary>
internal sealed class ScaledTimer(ITimer inner, ScaledTimeProvider clock) : ITimer
{
    public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.ToInner(dueTime), clock.ToInner(period));

    public void Dispose() => inner.Dispose();

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
