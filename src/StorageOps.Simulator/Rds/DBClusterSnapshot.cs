namespace StorageOps.Simulator.Rds;

/// <summary>The mutable state of one simulated DB cluster snapshot; only <see cref="RdsBackend"/> touches it, under its lock.</summary>
internal sealed class DBClusterSnapshot
{
    public required long Sequence { get; init; }

    public required string DBClusterSnapshotIdentifier { get; init; }

    public required string DBClusterSnapshotArn { get; init; }

    public required string SnapshotType { get; init; }

    public required DateTimeOffset SnapshotCreateTime { get; init; }

    public required string DBClusterIdentifier { get; init; }

    public required string Engine { get; init; }

    public required string EngineVersion { get; init; }

    public required string MasterUsername { get; init; }

    public required bool StorageEncrypted { get; init; }

    public string? KmsKeyId { get; init; }

    public required string DbClusterResourceId { get; init; }

    public required string VpcId { get; init; }

    public required IReadOnlyList<string> AvailabilityZones { get; init; }

    public required DateTimeOffset ClusterCreateTime { get; init; }

    /// <summary>Set only on copies, which are <c>copying</c> rather than <c>creating</c> until they complete.</summary>
    public string? SourceDBClusterSnapshotArn { get; init; }

    public required List<RdsTag> Tags { get; init; }

    /// <summary>Null for snapshots that were seeded already available.</summary>
    public SnapshotProgress? Progress { get; init; }

    /// <summary>What the snapshot settles into instead of <c>available</c> when a fault rule forces it, for example <c>failed</c>.</summary>
    public string? ForcedStatus { get; set; }

    public string Status => Progress is { Completed: false }
        ? SourceDBClusterSnapshotArn is null ? DBClusterSnapshotStatuses.Creating : DBClusterSnapshotStatuses.Copying
        : ForcedStatus ?? DBClusterSnapshotStatuses.Available;

    public bool IsAvailable => Status == DBClusterSnapshotStatuses.Available;

    public void Observe(DateTimeOffset now, bool isDescribe) => Progress?.Observe(now, isDescribe);

    public DBClusterSnapshotDescription Describe() => new()
    {
        AvailabilityZones = AvailabilityZones,
        DBClusterSnapshotIdentifier = DBClusterSnapshotIdentifier,
        DBClusterIdentifier = DBClusterIdentifier,
        SnapshotCreateTime = SnapshotCreateTime,
        Engine = Engine,
        EngineMode = "provisioned",
        AllocatedStorage = 0,
        Status = Status,
        Port = 0,
        VpcId = VpcId,
        ClusterCreateTime = ClusterCreateTime,
        MasterUsername = MasterUsername,
        EngineVersion = EngineVersion,
        LicenseModel = AuroraEngines.LicenseModelOf(Engine),
        SnapshotType = SnapshotType,
        PercentProgress = Progress?.PercentProgress ?? 100,
        StorageEncrypted = StorageEncrypted,
        KmsKeyId = KmsKeyId,
        DBClusterSnapshotArn = DBClusterSnapshotArn,
        SourceDBClusterSnapshotArn = SourceDBClusterSnapshotArn,
        IAMDatabaseAuthenticationEnabled = false,
        TagList = [.. Tags],
        StorageType = "aurora",
        DbClusterResourceId = DbClusterResourceId,
    };
}
