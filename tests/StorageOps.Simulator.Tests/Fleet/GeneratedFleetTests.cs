using System.Diagnostics;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.DocDbElastic;
using StorageOps.Simulator.Fleet;
using StorageOps.Simulator.Rds;
using StorageOps.Simulator.Tests.TestSupport;
using Xunit.Abstractions;

namespace StorageOps.Simulator.Tests.Fleet;

public sealed class GeneratedFleetTests(ITestOutputHelper output)
{
    private static readonly AccountRegion Scope = new("123456789012", "eu-west-1");

    [Fact]
    public void Apply_ShouldNameTagAndStopClustersAsAsked()
    {
        var options = new GeneratedFleet { AuroraClusters = 10, ElasticClusters = 4, Region = "eu-west-1", UntaggedEvery = 5, StoppedEvery = 3, AutomatedSnapshotsPerCluster = 2 }
            .Apply(new SimulatorOptions { TimeProvider = new ManualTimeProvider() });
        var rds = new RdsBackend(options);
        var docDb = new DocDbElasticBackend(options);

        var clusters = rds.PeekDBClusters(Scope);
        var elastic = docDb.ListClusters(Scope).Clusters;

        Assert.Equal(Enumerable.Range(0, 10).Select(index => $"aurora-{index:D5}"), clusters.Select(cluster => cluster.DBClusterIdentifier));
        Assert.Equal(["aurora-00004", "aurora-00009"], clusters.Where(cluster => cluster.TagList.Count == 0).Select(cluster => cluster.DBClusterIdentifier));
        Assert.Equal(["aurora-00002", "aurora-00005", "aurora-00008"], clusters.Where(cluster => cluster.Status == "stopped").Select(cluster => cluster.DBClusterIdentifier));
        Assert.Equal(["aurora-postgresql", "aurora-mysql"], clusters.Take(2).Select(cluster => cluster.Engine));
        Assert.Equal(20, rds.PeekDBClusterSnapshots(Scope).Count);
        Assert.Equal(["elastic-00000", "elastic-00001", "elastic-00002", "elastic-00003"], elastic.Select(cluster => cluster.ClusterName));
        Assert.Equal(8, docDb.PeekClusterSnapshots(Scope).Count);
        Assert.Empty(rds.PeekDBClusters(Scope with { Region = "us-east-1" }));
    }

    [Fact]
    public void Seeding_WhenTenThousandClustersOfEach_ShouldSeedAndServeANightsReadsInSeconds()
    {
        var clock = new ManualTimeProvider();
        var stopwatch = Stopwatch.StartNew();
        var options = new GeneratedFleet { AuroraClusters = 10_000, ElasticClusters = 10_000, Region = Scope.Region, AutomatedSnapshotsPerCluster = 3 }
            .Apply(new SimulatorOptions { TimeProvider = clock, ManualClusterSnapshotQuota = 20_000 });
        var rds = new RdsBackend(options);
        var docDb = new DocDbElasticBackend(options);

        var firstPage = rds.DescribeDBClusters(Scope, new DescribeDBClustersRequest());
        docDb.ListClusters(Scope);
        var seeded = stopwatch.Elapsed;

        var clusters = 0;
        for (var page = firstPage; ; page = rds.DescribeDBClusters(Scope, new DescribeDBClustersRequest { Marker = page.Marker }))
        {
            clusters += page.DBClusters.Count;
            foreach (var cluster in page.DBClusters)
            {
                rds.CreateDBClusterSnapshot(Scope, new CreateDBClusterSnapshotRequest { DBClusterIdentifier = cluster.DBClusterIdentifier, DBClusterSnapshotIdentifier = $"storageops-{cluster.DBClusterIdentifier}-20261201" });
                rds.DescribeDBClusterSnapshots(Scope, new DescribeDBClusterSnapshotsRequest { DBClusterIdentifier = cluster.DBClusterIdentifier, SnapshotType = "manual" });
            }

            if (page.Marker is null)
            {
                break;
            }
        }

        var elastic = 0;
        string? token = null;
        do
        {
            var page = docDb.ListClusters(Scope, nextToken: token);
            foreach (var cluster in page.Clusters)
            {
                docDb.ListClusterSnapshots(Scope, new ListClusterSnapshotsRequest { ClusterArn = cluster.ClusterArn, SnapshotType = "automated" });
                elastic++;
            }

            token = page.NextToken;
        }
        while (token is not null);

        var served = stopwatch.Elapsed;
        output.WriteLine($"seeded 10,000 + 10,000 clusters in {seeded.TotalMilliseconds:F0} ms; a night's reads and creates in {served.TotalMilliseconds:F0} ms");
        Assert.Equal((10_000, 10_000), (clusters, elastic));
        Assert.Equal(10_000, rds.PeekDBClusterSnapshots(Scope).Count(snapshot => snapshot.SnapshotType == SnapshotTypes.Manual));
        Assert.True(seeded < TimeSpan.FromSeconds(3), $"seeding took {seeded}");
        Assert.True(served < TimeSpan.FromSeconds(15), $"seeding and a night's calls took {served}");
    }
}
