namespace StorageOps.Simulator.DocDbElastic;

/// <summary>The DocumentDB Elastic clusters seeded into every account and region the first time it is used.</summary>
public sealed record DocDbElasticFleetSeed
{
    public const string NightlySnapshotTagKey = "storageops:snapshot";

    public IReadOnlyList<ElasticClusterSeed> Clusters { get; init; } = [];

    public static DocDbElasticFleetSeed Empty { get; } = new();

    /// <summary>Two tagged clusters (one on the AWS owned key) and an untagged one, each with three automated snapshots.</summary>
    public static DocDbElasticFleetSeed Default { get; } = new()
    {
        Clusters =
        [
            new ElasticClusterSeed
            {
                ClusterName = "catalog-docdb",
                Tags = new Dictionary<string, string> { [NightlySnapshotTagKey] = "nightly", ["team"] = "catalog" },
            },
            new ElasticClusterSeed
            {
                ClusterName = "sessions-docdb",
                CustomerManagedEncryption = false,
                ShardCount = 1,
                Tags = new Dictionary<string, string> { [NightlySnapshotTagKey] = "nightly" },
            },
            new ElasticClusterSeed { ClusterName = "sandbox-docdb" },
        ],
    };
}
