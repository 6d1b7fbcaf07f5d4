namespace StorageOps.Simulator.DocDbElastic;

/// <summary>An elastic cluster as GetCluster returns it (the <c>Cluster</c> shape).</summary>
public sealed record ElasticClusterDescription
{
    public required string AdminUserName { get; init; }

    public required string AuthType { get; init; }

    public required int BackupRetentionPeriod { get; init; }

    public required string ClusterArn { get; init; }

    public required string ClusterEndpoint { get; init; }

    public required string ClusterName { get; init; }

    public required DateTimeOffset CreateTime { get; init; }

    public required string KmsKeyId { get; init; }

    public required string PreferredBackupWindow { get; init; }

    public required string PreferredMaintenanceWindow { get; init; }

    public required int ShardCapacity { get; init; }

    public required int ShardCount { get; init; }

    public required int ShardInstanceCount { get; init; }

    public required IReadOnlyList<ElasticShardDescription> Shards { get; init; }

    public required string Status { get; init; }

    public required IReadOnlyList<string> SubnetIds { get; init; }

    public required IReadOnlyList<string> VpcSecurityGroupIds { get; init; }
}
