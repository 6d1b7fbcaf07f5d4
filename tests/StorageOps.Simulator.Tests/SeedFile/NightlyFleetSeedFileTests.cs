using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.DocDbElastic;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Simulator.Rds;
using StorageOps.Simulator.SeedFile;
using StorageOps.Simulator.Tests.TestSupport;
using StorageOps.Testing;

namespace StorageOps.Simulator.Tests.SeedFile;

/// <summary>docs/examples/nightly-fleet.json, the fleet the nightly snapshots run against, loads and holds what the night needs.</summary>
public sealed class NightlyFleetSeedFileTests
{
    private const string TagKey = "storageops:snapshot";
    private static readonly AccountRegion Ireland = new("123456789012", "eu-west-1");

    private static string NightlyFleetPath => RepositoryPaths.Combine("docs", "examples", "nightly-fleet.json");

    [Fact]
    public void Load_ShouldSeedTaggedUntaggedAndStoppedAuroraClustersInEuWest1()
    {
        var rds = new RdsBackend(FleetSeedFile.Load(NightlyFleetPath, new SimulatorOptions { TimeProvider = new ManualTimeProvider() }));

        var clusters = rds.PeekDBClusters(Ireland);
        var tagged = clusters.Where(cluster => cluster.TagList.Contains(new RdsTag(TagKey, "nightly"))).ToList();

        Assert.Equal(9, clusters.Count);
        Assert.Equal(7, tagged.Count);
        Assert.Equal(6, tagged.Count(cluster => cluster.Status == "available"));
        Assert.Equal("legacy-billing-aurora-mysql", Assert.Single(tagged, cluster => cluster.Status == "stopped").DBClusterIdentifier);
        Assert.Equal(2, clusters.Count(cluster => !cluster.TagList.Any(tag => tag.Key == TagKey)));
        Assert.Contains(tagged, cluster => cluster.Engine == "aurora-postgresql");
        Assert.Contains(tagged, cluster => cluster.Engine == "aurora-mysql");
        Assert.True(tagged.Count(cluster => cluster.TagList.Any(tag => tag.Key == "team")) >= 3);
        Assert.Empty(rds.PeekDBClusters(Ireland with { Region = "us-east-1" }));
    }

    [Fact]
    public void Load_ShouldSeedManualAuroraSnapshotsThatAreNotOursAndCountTowardsTheQuota()
    {
        var rds = new RdsBackend(FleetSeedFile.Load(NightlyFleetPath, new SimulatorOptions { TimeProvider = new ManualTimeProvider() }));

        var manual = rds.PeekDBClusterSnapshots(Ireland).Where(snapshot => snapshot.SnapshotType == SnapshotTypes.Manual).ToList();

        Assert.Equal(["payments-before-pg16-upgrade", "orders-manual-2026-11-24"], manual.Select(snapshot => snapshot.DBClusterSnapshotIdentifier));
        Assert.All(manual, snapshot => Assert.Equal("available", snapshot.Status));
        Assert.All(manual, snapshot => Assert.DoesNotContain(snapshot.TagList, tag => tag.Key.StartsWith("storageops:", StringComparison.Ordinal)));
        Assert.Equal(100, rds.ManualClusterSnapshotQuota);
    }

    [Fact]
    public void Load_ShouldSeedThreeTaggedElasticClustersWithAutomatedSnapshotsAndOneUntagged()
    {
        var docDb = new DocDbElasticBackend(FleetSeedFile.Load(NightlyFleetPath, new SimulatorOptions { TimeProvider = new ManualTimeProvider() }));

        var clusters = docDb.ListClusters(Ireland).Clusters;
        var tagged = clusters.Where(cluster => docDb.ListTagsForResource(Ireland, cluster.ClusterArn).GetValueOrDefault(TagKey) == "nightly").ToList();

        Assert.Equal(4, clusters.Count);
        Assert.Equal(["profiles-docdb", "catalog-docdb", "sessions-docdb"], tagged.Select(cluster => cluster.ClusterName));
        Assert.All(tagged, cluster => Assert.True(
            docDb.ListClusterSnapshots(Ireland, new ListClusterSnapshotsRequest { ClusterArn = cluster.ClusterArn, SnapshotType = "automated" }).Snapshots.Count >= 2));
    }

    [Fact]
    public void Load_ShouldMakeSnapshotsAndCopiesTakeMinutesOfVirtualTime()
    {
        var options = FleetSeedFile.Load(NightlyFleetPath);

        Assert.Equal(LifecycleTransition.AfterSeconds(240), options.DBClusterSnapshotCreation);
        Assert.Equal(LifecycleTransition.AfterSeconds(180), options.ElasticClusterSnapshotCopy);
        Assert.Equal(["alias/storageops", "alias/storageops-retired"], options.KmsKeys.SelectMany(key => key.Aliases));
        Assert.False(options.KmsKeys[1].Enabled);
    }

    [Fact]
    public void Parse_WhenAManualSnapshotIsWrong_ShouldNameItsJsonPath()
    {
        const string Cluster = """{"dbClusterIdentifier": "a", "engine": "aurora-mysql", "manualSnapshots": [{"dbClusterSnapshotIdentifier": "ok"}, {"dbClusterSnapshotIdentifier": "1-bad"}]}""";

        var error = Assert.Throws<SeedFileException>(() => FleetSeedFile.Parse($$"""{"rdsClusters": [{{Cluster}}]}"""));

        Assert.Equal("$.rdsClusters[0].manualSnapshots[1].dbClusterSnapshotIdentifier", error.JsonPath);
    }
}
