using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.ClusterSnapshots;

/// <summary>Input of the CreateClusterSnapshot handler: one item of the nightly Map.</summary>
public sealed record CreateClusterSnapshotInput
{
    public SnapshotTarget? Target { get; init; }

    public Night? Night { get; init; }
}
