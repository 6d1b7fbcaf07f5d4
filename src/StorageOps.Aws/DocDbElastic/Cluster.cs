namespace StorageOps.Aws.DocDbElastic;

/// <summary>An elastic cluster as GetCluster describes it (model shape <c>Cluster</c>).</summary>
public sealed record Cluster
{
    public string? ClusterArn { get; init; }

    public string? ClusterName { get; init; }

    /// <summary><c>ACTIVE</c>, <c>CREATING</c>, <c>UPDATING</c>, <c>STOPPED</c>, …</summary>
    public string? Status { get; init; }

    public string? ClusterEndpoint { get; init; }

    public DateTimeOffset? CreateTime { get; init; }

    public string? AdminUserName { get; init; }

    /// <summary><c>PLAIN_TEXT</c> or <c>SECRET_ARN</c>.</summary>
    public string? AuthType { get; init; }

    public string? KmsKeyId { get; init; }

    public int? BackupRetentionPeriod { get; init; }

    public string? PreferredBackupWindow { get; init; }

    public string? PreferredMaintenanceWindow { get; init; }

    public int? ShardCapacity { get; init; }

    public int? ShardCount { get; init; }

    public int? ShardInstanceCount { get; init; }

    public IReadOnlyList<Shard> Shards { get; init; } = [];

    public IReadOnlyList<string> SubnetIds { get; init; } = [];

    public IReadOnlyList<string> VpcSecurityGroupIds { get; init; } = [];
}
