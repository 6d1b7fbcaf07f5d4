using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.ClusterSnapshots;

/// <summary>Input of the DescribeClusterSnapshot handler.</summary>
public sealed record DescribeClusterSnapshotInput
{
    public SnapshotTarget? Target { get; init; }

    public Night? Night { get; init; }

    /// <summary>The snapshot CreateClusterSnapshot reported: the night's deterministic identifier.</summary>
    public string? Snapshot { get; init; }
}
