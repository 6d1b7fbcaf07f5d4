namespace StorageOps.Functions.Polling;

/// <summary>
/// When to describe an operation's resource next. The first poll lands on the operation's expected duration (one
/// describe when the resource is as fast as usual); after it, each wait is <see cref="NoticeFraction"/> of the time
/// elapsed so far, so a resource ready at any time T is noticed at most 10 % of T late, while a slow resource costs
/// polls that grow geometrically, not linearly. No wait goes past the deadline: the last poll lands on it.
/// </summary>
/// <example><c>PollingSchedule.For(PolledOperation.MountTargetCreation).SecondsUntilNextPoll(startedAt, now, deadline)</c></example>
public sealed class PollingSchedule
{
    /// <summary>After the expected duration, the wait is this fraction of the elapsed time: the bound on notice latency.</summary>
    public const double NoticeFraction = 0.1;

    /// <summary>The shortest wait Step Functions' Wait state can express.</summary>
    public const int MinimumWaitSeconds = 1;

    public PollingSchedule(TimeSpan expectedDuration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(expectedDuration, TimeSpan.FromSeconds(MinimumWaitSeconds));
        ExpectedDuration = expectedDuration;
    }

    public TimeSpan ExpectedDuration { get; }

    /// <summary>The schedule at <see cref="ExpectedDurations"/>' own pace; a function honours its deployment's time scale through <see cref="PollingSchedules"/>.</summary>
    public static PollingSchedule For(PolledOperation operation) => PollingSchedules.Default.For(operation);

    /// <param name="startedAt">When the operation was requested (for example the resource's CreationTime).</param>
    /// <param name="now">When the resource was just described.</param>
    /// <param name="deadline">The request's deadline; null = none.</param>
    /// <returns>
    /// Whole seconds to wait, at least <see cref="MinimumWaitSeconds"/>; the next poll is never later than the deadline
    /// rounded up to the whole second. 0 when the deadline has passed (the caller stops polling).
    /// </returns>
    public int SecondsUntilNextPoll(DateTimeOffset startedAt, DateTimeOffset now, DateTimeOffset? deadline)
    {
        var unbounded = UnboundedWaitSeconds(now - startedAt);
        if (deadline is not { } end)
        {
            return unbounded;
        }

        var remaining = (end - now).TotalSeconds;
        return remaining <= 0 ? 0 : Math.Min(unbounded, (int)Math.Ceiling(remaining));
    }

    /// <summary>The wait for a resource described <paramref name="elapsed"/> after its operation started, ignoring any deadline.</summary>
    public int UnboundedWaitSeconds(TimeSpan elapsed)
    {
        var seconds = Math.Max(0, elapsed.TotalSeconds);
        var expected = ExpectedDuration.TotalSeconds;
        var wait = seconds < expected
            ? Math.Ceiling(expected - seconds)
            : Math.Floor(seconds * NoticeFraction);
        return (int)Math.Max(MinimumWaitSeconds, Math.Min(wait, int.MaxValue));
    }
}
