namespace StorageOps.Simulator.Rds;

/// <summary>A DB cluster as RDS describes it (the members of the <c>DBCluster</c> output shape that an Aurora cluster reports).</summary>
public sealed record DBClusterDescription
{
    public required int AllocatedStorage { get; init; }

    public required IReadOnlyList<string> AvailabilityZones { get; init; }

    public required int BackupRetentionPeriod { get; init; }

    public required string DBClusterIdentifier { get; init; }

    public required string DBClusterParameterGroup { get; init; }

    public required string DBSubnetGroup { get; init; }

    public required string Status { get; init; }

    public required DateTimeOffset EarliestRestorableTime { get; init; }

    public required string Endpoint { get; init; }

    public required string ReaderEndpoint { get; init; }

    public required bool MultiAZ { get; init; }

    public required string Engine { get; init; }

    public required string EngineVersion { get; init; }

    public required DateTimeOffset LatestRestorableTime { get; init; }

    public required int Port { get; init; }

    public required string MasterUsername { get; init; }

    public required string PreferredBackupWindow { get; init; }

    public required string PreferredMaintenanceWindow { get; init; }

    public required string HostedZoneId { get; init; }

    public required bool StorageEncrypted { get; init; }

    public string? KmsKeyId { get; init; }

    public required string DbClusterResourceId { get; init; }

    public required string DBClusterArn { get; init; }

    public required bool IAMDatabaseAuthenticationEnabled { get; init; }

    public required DateTimeOffset ClusterCreateTime { get; init; }

    public required string EngineMode { get; init; }

    public required string StorageType { get; init; }

    public required bool AutoMinorVersionUpgrade { get; init; }

    public required bool DeletionProtection { get; init; }

    public required bool HttpEndpointEnabled { get; init; }

    public required bool CopyTagsToSnapshot { get; init; }

    public required bool CrossAccountClone { get; init; }

    public required IReadOnlyList<RdsTag> TagList { get; init; }

    public required string NetworkType { get; init; }
}
