namespace StorageOps.Simulator.DocDbElastic;

/// <summary>The state of one simulated elastic cluster; only <see cref="DocDbElasticBackend"/> touches it, under its lock.</summary>
internal sealed class ElasticCluster
{
    public required long Sequence { get; init; }

    public required string ClusterArn { get; init; }

    public required string ClusterName { get; init; }

    public required string AdminUserName { get; init; }

    public required string KmsKeyId { get; init; }

    public required bool CustomerManagedEncryption { get; init; }

    public required int ShardCapacity { get; init; }

    public required int ShardCount { get; init; }

    public required DateTimeOffset CreateTime { get; init; }

    public required string ClusterEndpoint { get; init; }

    public required IReadOnlyList<string> ShardIds { get; init; }

    public required IReadOnlyList<string> SubnetIds { get; init; }

    public required IReadOnlyList<string> VpcSecurityGroupIds { get; init; }

    public required Dictionary<string, string> Tags { get; init; }

    public ElasticClusterDescription Describe() => new()
    {
        AdminUserName = AdminUserName,
        AuthType = "PLAIN_TEXT",
        BackupRetentionPeriod = 7,
        ClusterArn = ClusterArn,
        ClusterEndpoint = ClusterEndpoint,
        ClusterName = ClusterName,
        CreateTime = CreateTime,
        KmsKeyId = KmsKeyId,
        PreferredBackupWindow = "07:00-07:30",
        PreferredMaintenanceWindow = "sun:05:00-sun:05:30",
        ShardCapacity = ShardCapacity,
        ShardCount = ShardCount,
        ShardInstanceCount = 2,
        Shards = [.. ShardIds.Select(shardId => new ElasticShardDescription(CreateTime, shardId, ElasticStatuses.Active))],
        Status = ElasticStatuses.Active,
        SubnetIds = SubnetIds,
        VpcSecurityGroupIds = VpcSecurityGroupIds,
    };
}
