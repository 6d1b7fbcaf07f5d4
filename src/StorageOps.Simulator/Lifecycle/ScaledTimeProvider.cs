namespace StorageOps.Simulator.Lifecycle;

/// <summary>
/// A clock that runs <see cref="Scale"/> times faster than another (the system clock by default) from the moment it is made,
/// so a standalone simulator settles a 120-second lifecycle in 2 wall-clock seconds at scale 60. Timers it creates are scaled too.
/// </summary>
public sealed class ScaledTimeProvider : TimeProvider
{
    private readonly TimeProvider inner;
    private readonly DateTimeOffset origin;
    private readonly long originTimestamp;

    public ScaledTimeProvider(double scale, TimeProvider? inner = null)
    {
        if (!double.IsFinite(scale) || scale <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The time scale must be a positive number.");
        }

        Scale = scale;
        this.inner = inner ?? System;
        origin = this.inner.GetUtcNow();
        originTimestamp = this.inner.GetTimestamp();
    }

    /// <summary>Simulated seconds per second of the inner clock.</summary>
    public double Scale { get; }

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => origin + ((inner.GetUtcNow() - origin) * Scale);

    public override long GetTimestamp() => originTimestamp + (long)((inner.GetTimestamp() - originTimestamp) * Scale);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(inner.CreateTimer(callback, state, ToInner(dueTime), ToInner(period)), this);

    /// <summary>How long on the inner clock a span of this clock lasts; infinite stays infinite.</summary>
    internal TimeSpan ToInner(TimeSpan span) => span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : span / Scale;
}
