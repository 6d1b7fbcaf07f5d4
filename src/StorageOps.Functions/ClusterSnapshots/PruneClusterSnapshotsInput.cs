using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.ClusterSnapshots;

/// <summary>Input of the PruneClusterSnapshots handler, once the night's snapshot is available.</summary>
public sealed record PruneClusterSnapshotsInput
{
    public SnapshotTarget? Target { get; init; }

    public Night? Night { get; init; }

    /// <summary>The night's snapshot: always kept.</summary>
    public string? Snapshot { get; init; }

    /// <summary>When the target's work began (the execution's start); the result's duration is measured from it.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>What CreateClusterSnapshot already pruned to make room under the quota; reported with tonight's pruning.</summary>
    public IReadOnlyList<string>? PrunedBeforeCreate { get; init; }
}
