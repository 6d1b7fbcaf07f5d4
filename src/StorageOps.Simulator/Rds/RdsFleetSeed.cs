namespace StorageOps.Simulator.Rds;

/// <summary>The Aurora clusters seeded into every account and region the first time it is used.</summary>
public sealed record RdsFleetSeed
{
    public const string NightlySnapshotTagKey = "storageops:snapshot";

    public IReadOnlyList<DBClusterSeed> Clusters { get; init; } = [];

    public static RdsFleetSeed Empty { get; } = new();

    /// <summary>A small fleet to explore: two tagged clusters, an untagged one and a stopped one.</summary>
    public static RdsFleetSeed Default { get; } = new()
    {
        Clusters =
        [
            new DBClusterSeed
            {
                DBClusterIdentifier = "orders-aurora-pg",
                Engine = "aurora-postgresql",
                EngineVersion = "16.4",
                MasterUsername = "postgres",
                Tags = [new RdsTag(NightlySnapshotTagKey, "nightly"), new RdsTag("team", "orders")],
            },
            new DBClusterSeed
            {
                DBClusterIdentifier = "billing-aurora-mysql",
                Engine = "aurora-mysql",
                EngineVersion = "8.0.mysql_aurora.3.08.0",
                Tags = [new RdsTag(NightlySnapshotTagKey, "nightly"), new RdsTag("team", "billing")],
            },
            new DBClusterSeed
            {
                DBClusterIdentifier = "analytics-scratch-pg",
                Engine = "aurora-postgresql",
                EngineVersion = "15.8",
                MasterUsername = "postgres",
                StorageEncrypted = false,
            },
            new DBClusterSeed
            {
                DBClusterIdentifier = "legacy-reports-mysql",
                Engine = "aurora-mysql",
                EngineVersion = "5.7.mysql_aurora.2.12.4",
                Status = DBClusterStatuses.Stopped,
                AutomatedSnapshotCount = 1,
            },
        ],
    };
}
