using StorageOps.Functions.Retention;

namespace StorageOps.Functions.SnapshotTargets;

/// <summary>
/// What every step of one night shares, decided once by StartNightlySnapshots from the schedule's time and its function's
/// environment: the night's date, the window its work must fit in, and the policies it applies.
/// </summary>
/// <param name="Date">The night being protected, <c>yyyy-MM-dd</c>: the schedule's time in the schedule's time zone, never a Lambda's clock.</param>
/// <param name="ScheduledTime">When the schedule fired (EventBridge Scheduler's <c>&lt;aws.scheduler.scheduled-time&gt;</c>).</param>
/// <param name="Deadline">The end of the night's window: nothing is attempted, retried or polled past it.</param>
/// <param name="Retention">The retention policy every target's pruning applies.</param>
/// <param name="MaxConcurrency">How many targets the Map protects at once.</param>
/// <param name="ToleratedFailurePercentage">The share of Map children that may fail outright before the Map Run fails (targets that fail are caught inside their child and never count).</param>
/// <param name="ElasticCopyKmsKeyId">The KMS key DocumentDB Elastic copies are encrypted with; null keeps the source snapshot's key.</param>
/// <param name="PagesInFlight">How many discovery pages are protected at once (the page Map's MaxConcurrency; decision 0014).</param>
public sealed record Night(
    string Date,
    DateTimeOffset ScheduledTime,
    DateTimeOffset Deadline,
    RetentionPolicy Retention,
    int MaxConcurrency,
    int ToleratedFailurePercentage,
    string? ElasticCopyKmsKeyId = null,
    int PagesInFlight = Night.DefaultPagesInFlight)
{
    public const int DefaultPagesInFlight = 25;

    /// <summary>Targets protected at once per page: with <see cref="DefaultPagesInFlight"/>, 400 in flight (docs/benchmarks.md).</summary>
    public const int DefaultMaxConcurrency = 16;

    /// <summary>Seconds from the schedule's time to <paramref name="now"/>, to a tenth, never negative: the night's duration so far.</summary>
    public double SecondsSinceScheduled(DateTimeOffset now) =>
        Math.Max(0, Math.Round((now - ScheduledTime).TotalSeconds, 1, MidpointRounding.AwayFromZero));
}
