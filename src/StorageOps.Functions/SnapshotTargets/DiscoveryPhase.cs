namespace StorageOps.Functions.SnapshotTargets;

/// <summary>Which service discovery is walking: Aurora/RDS first, then DocumentDB Elastic.</summary>
public enum DiscoveryPhase
{
    Aurora,
    DocDbElastic,
}
