namespace StorageOps.Aws.Rds;

/// <summary>A DB cluster snapshot as RDS describes it (member names are the service model's).</summary>
public sealed record DBClusterSnapshot
{
    public string? DBClusterSnapshotIdentifier { get; init; }

    public string? DBClusterIdentifier { get; init; }

    public string? DBClusterSnapshotArn { get; init; }

    /// <summary><c>creating</c>, <c>available</c>, <c>copying</c>, <c>deleting</c>, <c>failed</c>, …</summary>
    public string? Status { get; init; }

    /// <summary><c>automated</c>, <c>manual</c>, …</summary>
    public string? SnapshotType { get; init; }

    public DateTimeOffset? SnapshotCreateTime { get; init; }

    public DateTimeOffset? ClusterCreateTime { get; init; }

    public IReadOnlyList<string> AvailabilityZones { get; init; } = [];

    public string? Engine { get; init; }

    public string? EngineMode { get; init; }

    public string? EngineVersion { get; init; }

    public int? AllocatedStorage { get; init; }

    public int? Port { get; init; }

    public string? VpcId { get; init; }

    public string? MasterUsername { get; init; }

    public string? LicenseModel { get; init; }

    public int? PercentProgress { get; init; }

    public bool? StorageEncrypted { get; init; }

    public string? StorageEncryptionType { get; init; }

    public int? BackupRetentionPeriod { get; init; }

    public string? PreferredBackupWindow { get; init; }

    public string? KmsKeyId { get; init; }

    public string? SourceDBClusterSnapshotArn { get; init; }

    public bool? IAMDatabaseAuthenticationEnabled { get; init; }

    public string? StorageType { get; init; }

    public int? StorageThroughput { get; init; }

    public string? DbClusterResourceId { get; init; }

    public string? DBSystemId { get; init; }

    public IReadOnlyList<Tag> TagList { get; init; } = [];
}
