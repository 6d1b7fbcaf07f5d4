using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.ElasticSnapshots;

/// <summary>Input of the PruneElasticSnapshots handler, once the night's copy is <c>ACTIVE</c>.</summary>
public sealed record PruneElasticSnapshotsInput
{
    public SnapshotTarget? Target { get; init; }

    public Night? Night { get; init; }

    /// <summary>The night's copy name (<see cref="NightlySnapshotName.For"/>).</summary>
    public string? Snapshot { get; init; }

    /// <summary>When the target's child started (<c>$$.Execution.StartTime</c>): the start of the result's duration.</summary>
    public DateTimeOffset? StartedAt { get; init; }
}
