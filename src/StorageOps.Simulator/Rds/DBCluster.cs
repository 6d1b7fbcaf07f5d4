using StorageOps.Simulator.Lifecycle;

namespace StorageOps.Simulator.Rds;

/// <summary>The mutable state of one simulated Aurora cluster; only <see cref="RdsBackend"/> touches it, under its lock.</summary>
internal sealed class DBCluster
{
    public required long Sequence { get; init; }

    public required string DBClusterIdentifier { get; init; }

    public required string DBClusterArn { get; init; }

    public required string Engine { get; init; }

    public required string EngineVersion { get; init; }

    public required string MasterUsername { get; init; }

    public required bool StorageEncrypted { get; init; }

    public string? KmsKeyId { get; init; }

    public required string DbClusterResourceId { get; init; }

    public required string EndpointSuffix { get; init; }

    public required string VpcId { get; init; }

    public required IReadOnlyList<string> AvailabilityZones { get; init; }

    public required DateTimeOffset ClusterCreateTime { get; init; }

    public required List<RdsTag> Tags { get; init; }

    public required string Status { get; set; }

    /// <summary>Set while a cluster created through the API is still <c>creating</c>.</summary>
    public ResourceLifecycle? Creation { get; init; }

    public void Observe(DateTimeOffset now, bool isDescribe)
    {
        if (Status == DBClusterStatuses.Creating && Creation is not null && Creation.Observe(now, isDescribe))
        {
            Status = DBClusterStatuses.Available;
        }
    }

    public DBClusterDescription Describe(DateTimeOffset now) => new()
    {
        AllocatedStorage = 1,
        AvailabilityZones = AvailabilityZones,
        BackupRetentionPeriod = 7,
        DBClusterIdentifier = DBClusterIdentifier,
        DBClusterParameterGroup = AuroraEngines.DefaultParameterGroupOf(Engine, EngineVersion),
        DBSubnetGroup = "default",
        Status = Status,
        EarliestRestorableTime = ClusterCreateTime,
        Endpoint = $"{DBClusterIdentifier}.{EndpointSuffix}",
        ReaderEndpoint = $"{DBClusterIdentifier}.{EndpointSuffix.Replace("cluster-", "cluster-ro-", StringComparison.Ordinal)}",
        MultiAZ = false,
        Engine = Engine,
        EngineVersion = EngineVersion,
        LatestRestorableTime = now < ClusterCreateTime ? ClusterCreateTime : now,
        Port = AuroraEngines.PortOf(Engine),
        MasterUsername = MasterUsername,
        PreferredBackupWindow = "07:00-07:30",
        PreferredMaintenanceWindow = "sun:05:00-sun:05:30",
        HostedZoneId = "Z2R2ITUGPM61AM",
        StorageEncrypted = StorageEncrypted,
        KmsKeyId = KmsKeyId,
        DbClusterResourceId = DbClusterResourceId,
        DBClusterArn = DBClusterArn,
        IAMDatabaseAuthenticationEnabled = false,
        ClusterCreateTime = ClusterCreateTime,
        EngineMode = "provisioned",
        StorageType = "aurora",
        AutoMinorVersionUpgrade = true,
        DeletionProtection = false,
        HttpEndpointEnabled = false,
        CopyTagsToSnapshot = false,
        CrossAccountClone = false,
        TagList = [.. Tags],
        NetworkType = "IPV4",
    };
}
