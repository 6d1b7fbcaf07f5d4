namespace StorageOps.Simulator.Rds;

/// <summary>A DB cluster snapshot as RDS describes it (the <c>DBClusterSnapshot</c> output shape).</summary>
public sealed record DBClusterSnapshotDescription
{
    public required IReadOnlyList<string> AvailabilityZones { get; init; }

    public required string DBClusterSnapshotIdentifier { get; init; }

    public required string DBClusterIdentifier { get; init; }

    public required DateTimeOffset SnapshotCreateTime { get; init; }

    public required string Engine { get; init; }

    public required string EngineMode { get; init; }

    public required int AllocatedStorage { get; init; }

    public required string Status { get; init; }

    public required int Port { get; init; }

    public required string VpcId { get; init; }

    public required DateTimeOffset ClusterCreateTime { get; init; }

    public required string MasterUsername { get; init; }

    public required string EngineVersion { get; init; }

    public required string LicenseModel { get; init; }

    public required string SnapshotType { get; init; }

    public required int PercentProgress { get; init; }

    public required bool StorageEncrypted { get; init; }

    public string? KmsKeyId { get; init; }

    public required string DBClusterSnapshotArn { get; init; }

    public string? SourceDBClusterSnapshotArn { get; init; }

    public required bool IAMDatabaseAuthenticationEnabled { get; init; }

    public required IReadOnlyList<RdsTag> TagList { get; init; }

    public required string StorageType { get; init; }

    public required string DbClusterResourceId { get; init; }
}
