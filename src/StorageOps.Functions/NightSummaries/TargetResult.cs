namespace StorageOps.Functions.NightSummaries;

/// <summary>One target's line in the night's summary: what a Map child returns, and what discovery reports for a skipped cluster.</summary>
/// <param name="Cluster">The cluster's identifier or name.</param>
/// <param name="Kind">A <see cref="SnapshotTargets.SnapshotTargetKinds"/> value.</param>
/// <param name="Outcome">A <see cref="TargetOutcomes"/> value.</param>
/// <param name="Snapshot">The night's snapshot identifier (Aurora) or copy name (DocumentDB Elastic), once known.</param>
/// <param name="Pruned">The owned snapshots retention deleted for this cluster tonight (or would have, in a dry run).</param>
/// <param name="DurationSeconds">From the target's first step to its last, in seconds.</param>
/// <param name="Status">The cluster's or snapshot's status when it decided a skip or a failure (for example <c>stopped</c>, <c>FAILED</c>).</param>
/// <param name="Error">The error name of a failure (for example <c>StorageOps.SnapshotQuotaExceeded</c>).</param>
/// <param name="Cause">What went wrong, in words.</param>
public sealed record TargetResult(
    string Cluster,
    string Kind,
    string Outcome,
    string? Snapshot = null,
    IReadOnlyList<string>? Pruned = null,
    double? DurationSeconds = null,
    string? Status = null,
    string? Error = null,
    string? Cause = null);
