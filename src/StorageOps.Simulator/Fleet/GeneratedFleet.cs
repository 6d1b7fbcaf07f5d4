using System.Globalization;
using StorageOps.Simulator.DocDbElastic;
using StorageOps.Simulator.Rds;

namespace StorageOps.Simulator.Fleet;

/// <summary>
/// A large fleet made in code, for benchmarks: <see cref="AuroraClusters"/> Aurora clusters named <c>aurora-00000</c>, ... and
/// <see cref="ElasticClusters"/> DocumentDB Elastic clusters named <c>elastic-00000</c>, ..., in one region, each with its automated
/// snapshots; every <see cref="UntaggedEvery"/>-th one carries no snapshot tag and every <see cref="StoppedEvery"/>-th Aurora cluster is
/// stopped (0: none). <see cref="Apply"/> replaces the RDS and DocumentDB Elastic fleets of the options; the region is seeded on its
/// first request, in well under a second for 10,000 clusters of each.
/// </summary>
public sealed record GeneratedFleet
{
    public int AuroraClusters { get; init; }

    public int ElasticClusters { get; init; }

    public string Region { get; init; } = "us-east-1";

    public string TagKey { get; init; } = RdsFleetSeed.NightlySnapshotTagKey;

    public string TagValue { get; init; } = "nightly";

    public int AutomatedSnapshotsPerCluster { get; init; } = 1;

    public int UntaggedEvery { get; init; }

    public int StoppedEvery { get; init; }

    public SimulatorOptions Apply(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(AuroraClusters);
        ArgumentOutOfRangeException.ThrowIfNegative(ElasticClusters);
        ArgumentOutOfRangeException.ThrowIfNegative(UntaggedEvery);
        ArgumentOutOfRangeException.ThrowIfNegative(StoppedEvery);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(AuroraClusters, 99_999);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ElasticClusters, 99_999);
        ArgumentOutOfRangeException.ThrowIfNegative(AutomatedSnapshotsPerCluster);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(AutomatedSnapshotsPerCluster, 35);
        var tagged = new RdsTag[] { new(TagKey, TagValue) };
        var elasticTags = new Dictionary<string, string>(StringComparer.Ordinal) { [TagKey] = TagValue };
        var none = new Dictionary<string, string>(StringComparer.Ordinal);
        var aurora = new DBClusterSeed[AuroraClusters];
        for (var index = 0; index < aurora.Length; index++)
        {
            var mysql = index % 2 == 1;
            aurora[index] = new DBClusterSeed
            {
                DBClusterIdentifier = string.Create(CultureInfo.InvariantCulture, $"aurora-{index:D5}"),
                Engine = mysql ? AuroraEngines.Mysql : AuroraEngines.Postgresql,
                EngineVersion = AuroraEngines.DefaultVersionOf(mysql ? AuroraEngines.Mysql : AuroraEngines.Postgresql),
                Status = IsEvery(index, StoppedEvery) ? DBClusterStatuses.Stopped : DBClusterStatuses.Available,
                Tags = IsEvery(index, UntaggedEvery) ? [] : tagged,
                AutomatedSnapshotCount = AutomatedSnapshotsPerCluster,
                Region = Region,
            };
        }

        var elastic = new ElasticClusterSeed[ElasticClusters];
        for (var index = 0; index < elastic.Length; index++)
        {
            elastic[index] = new ElasticClusterSeed
            {
                ClusterName = string.Create(CultureInfo.InvariantCulture, $"elastic-{index:D5}"),
                Tags = IsEvery(index, UntaggedEvery) ? none : elasticTags,
                AutomatedSnapshotCount = AutomatedSnapshotsPerCluster,
                Region = Region,
            };
        }

        return options with
        {
            RdsFleet = new RdsFleetSeed { Clusters = aurora },
            DocDbElasticFleet = new DocDbElasticFleetSeed { Clusters = elastic },
        };
    }

    // The last of each group of n, so index 0 is tagged and available whatever n is.
    private static bool IsEvery(int index, int n) => n > 0 && (index + 1) % n == 0;
}
