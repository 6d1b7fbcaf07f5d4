using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.ElasticSnapshots;

/// <summary>A validated DocumentDB Elastic target for one night, and the deterministic name of its copy.</summary>
public sealed record ElasticSnapshotJob(SnapshotTarget Target, Night Night, DateOnly Date)
{
    /// <summary>The copy's <c>targetSnapshotName</c>: the same for every retry and re-run of the night.</summary>
    public string SnapshotName => NightlySnapshotName.For(Target.Cluster, Date);
}
