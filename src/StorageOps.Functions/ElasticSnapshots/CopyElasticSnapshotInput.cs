using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.ElasticSnapshots;

/// <summary>Input of the CopyElasticSnapshot handler: one Map item of the night.</summary>
public sealed record CopyElasticSnapshotInput
{
    public SnapshotTarget? Target { get; init; }

    public Night? Night { get; init; }
}
