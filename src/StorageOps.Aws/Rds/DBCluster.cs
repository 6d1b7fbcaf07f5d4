namespace StorageOps.Aws.Rds;

/// <summary>A DB cluster as RDS describes it: the members the workflows read (names are the service model's).</summary>
public sealed record DBCluster
{
    public string? DBClusterIdentifier { get; init; }

    public string? DBClusterArn { get; init; }

    /// <summary><c>available</c>, <c>creating</c>, <c>backing-up</c>, <c>stopped</c>, …</summary>
    public string? Status { get; init; }

    public string? Engine { get; init; }

    public string? EngineVersion { get; init; }

    public string? EngineMode { get; init; }

    public string? DbClusterResourceId { get; init; }

    public string? DatabaseName { get; init; }

    public string? Endpoint { get; init; }

    public string? ReaderEndpoint { get; init; }

    public int? Port { get; init; }

    public string? MasterUsername { get; init; }

    public int? AllocatedStorage { get; init; }

    public int? BackupRetentionPeriod { get; init; }

    public string? PreferredBackupWindow { get; init; }

    public string? PreferredMaintenanceWindow { get; init; }

    public bool? MultiAZ { get; init; }

    public bool? StorageEncrypted { get; init; }

    public string? KmsKeyId { get; init; }

    public string? StorageType { get; init; }

    public string? DBSubnetGroup { get; init; }

    public string? DBClusterParameterGroup { get; init; }

    public string? HostedZoneId { get; init; }

    public DateTimeOffset? ClusterCreateTime { get; init; }

    public DateTimeOffset? EarliestRestorableTime { get; init; }

    public DateTimeOffset? LatestRestorableTime { get; init; }

    public bool? DeletionProtection { get; init; }

    public bool? CopyTagsToSnapshot { get; init; }

    public bool? IAMDatabaseAuthenticationEnabled { get; init; }

    public IReadOnlyList<string> AvailabilityZones { get; init; } = [];

    public IReadOnlyList<DBClusterMember> DBClusterMembers { get; init; } = [];

    public IReadOnlyList<Tag> TagList { get; init; } = [];
}
