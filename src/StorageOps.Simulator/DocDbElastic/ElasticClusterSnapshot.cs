using StorageOps.Simulator.Lifecycle;

namespace StorageOps.Simulator.DocDbElastic;

/// <summary>The state of one simulated elastic cluster snapshot; only <see cref="DocDbElasticBackend"/> touches it, under its lock.</summary>
internal sealed class ElasticClusterSnapshot
{
    public required long Sequence { get; init; }

    public required string SnapshotArn { get; init; }

    public required string SnapshotName { get; init; }

    public required string SnapshotType { get; init; }

    public required DateTimeOffset SnapshotCreationTime { get; init; }

    public required ElasticCluster Cluster { get; init; }

    public required string KmsKeyId { get; init; }

    public required bool CustomerManagedEncryption { get; init; }

    public required Dictionary<string, string> Tags { get; init; }

    /// <summary>Null for snapshots that were seeded already ACTIVE.</summary>
    public ResourceLifecycle? Creation { get; init; }

    public required string Status { get; set; }

    /// <summary>What the snapshot settles into instead of <c>ACTIVE</c> when a fault rule forces it, for example <c>INACCESSIBLE_ENCRYPTION_CREDS</c>.</summary>
    public string? ForcedStatus { get; init; }

    public bool IsCreating => Status == ElasticStatuses.Creating;

    public void Observe(DateTimeOffset now, bool isDescribe)
    {
        if (Status == ElasticStatuses.Creating && Creation is not null && Creation.Observe(now, isDescribe))
        {
            Status = ForcedStatus ?? ElasticStatuses.Active;
        }
    }

    public ElasticClusterSnapshotDescription Describe(string? statusOverride = null) => new()
    {
        AdminUserName = Cluster.AdminUserName,
        ClusterArn = Cluster.ClusterArn,
        ClusterCreationTime = Cluster.CreateTime,
        KmsKeyId = KmsKeyId,
        SnapshotArn = SnapshotArn,
        SnapshotCreationTime = SnapshotCreationTime,
        SnapshotName = SnapshotName,
        SnapshotType = SnapshotType,
        Status = statusOverride ?? Status,
        SubnetIds = Cluster.SubnetIds,
        VpcSecurityGroupIds = Cluster.VpcSecurityGroupIds,
    };
}
