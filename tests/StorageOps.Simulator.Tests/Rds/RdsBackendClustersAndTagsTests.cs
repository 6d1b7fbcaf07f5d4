using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Simulator.Rds;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Rds;

public sealed class RdsBackendClustersAndTagsTests
{
    private static readonly AccountRegion Scope = new("111122223333", "us-west-2");
    private const string OrdersArn = "arn:aws:rds:us-west-2:111122223333:cluster:orders-aurora-pg";

    private readonly ManualTimeProvider clock = new();
    private readonly RdsBackend backend;

    public RdsBackendClustersAndTagsTests()
    {
        backend = new RdsBackend(new SimulatorOptions { TimeProvider = clock, DBClusterCreation = LifecycleTransition.AfterDescribes(2) });
    }

    [Fact]
    public void DescribeDBClusters_WhenDefaultFleet_ShouldDescribeTaggedUntaggedAndStoppedAuroraClusters()
    {
        var clusters = backend.DescribeDBClusters(Scope, new DescribeDBClustersRequest()).DBClusters;

        Assert.Equal(["orders-aurora-pg", "billing-aurora-mysql", "analytics-scratch-pg", "legacy-reports-mysql"], clusters.Select(cluster => cluster.DBClusterIdentifier));
        Assert.Equal(["available", "available", "available", "stopped"], clusters.Select(cluster => cluster.Status));
        Assert.Equal(OrdersArn, clusters[0].DBClusterArn);
        Assert.Equal([new RdsTag("storageops:snapshot", "nightly"), new RdsTag("team", "orders")], clusters[0].TagList);
        Assert.Empty(clusters[2].TagList);
        Assert.Equal(3306, clusters[1].Port);
        Assert.Equal("default.aurora-mysql8.0", clusters[1].DBClusterParameterGroup);
        Assert.Equal(clock.GetUtcNow().AddDays(-30), clusters[0].ClusterCreateTime);
        Assert.Matches(@"^orders-aurora-pg\.cluster-[a-z0-9]{12}\.us-west-2\.rds\.amazonaws\.com$", clusters[0].Endpoint);
        Assert.Matches(@"^orders-aurora-pg\.cluster-ro-[a-z0-9]{12}\.us-west-2\.rds\.amazonaws\.com$", clusters[0].ReaderEndpoint);
        Assert.Matches("^cluster-[A-Z0-9]{26}$", clusters[0].DbClusterResourceId);
    }

    [Fact]
    public void DescribeDBClusters_WhenFleetSeedGiven_ShouldSeedThoseClustersInstead()
    {
        var seeded = new RdsBackend(new SimulatorOptions
        {
            TimeProvider = clock,
            RdsFleet = new RdsFleetSeed { Clusters = [new DBClusterSeed { DBClusterIdentifier = "Only-One", Engine = "aurora-mysql", EngineVersion = "8.0.mysql_aurora.3.05.2", AutomatedSnapshotCount = 0 }] },
        });

        var cluster = Assert.Single(seeded.DescribeDBClusters(Scope, new DescribeDBClustersRequest()).DBClusters);

        Assert.Equal("only-one", cluster.DBClusterIdentifier);
        Assert.Empty(seeded.PeekDBClusterSnapshots(Scope));
    }

    [Fact]
    public void DescribeDBClusters_WhenByIdentifierArnOrFilter_ShouldSelectMatchingClusters()
    {
        Assert.Equal("orders-aurora-pg", Assert.Single(backend.DescribeDBClusters(Scope, new DescribeDBClustersRequest { DBClusterIdentifier = OrdersArn }).DBClusters).DBClusterIdentifier);
        Assert.Equal(
            ["orders-aurora-pg", "analytics-scratch-pg"],
            backend.DescribeDBClusters(Scope, new DescribeDBClustersRequest { Filters = [new RdsFilter("engine", ["aurora-postgresql"])] }).DBClusters.Select(cluster => cluster.DBClusterIdentifier));
        Assert.Equal(
            ["billing-aurora-mysql"],
            backend.DescribeDBClusters(Scope, new DescribeDBClustersRequest { Filters = [new RdsFilter("db-cluster-id", ["BILLING-AURORA-MYSQL"])] }).DBClusters.Select(cluster => cluster.DBClusterIdentifier));
    }

    [Fact]
    public void DescribeDBClusters_WhenIdentifierUnknown_ShouldThrowDBClusterNotFoundFault()
    {
        var error = Assert.Throws<RdsException>(() => backend.DescribeDBClusters(Scope, new DescribeDBClustersRequest { DBClusterIdentifier = "nope" }));

        Assert.Equal("DBClusterNotFoundFault", error.ErrorCode);
    }

    [Fact]
    public void CreateDBCluster_WhenDescribedTwiceWithAfterTwoDescribes_ShouldBecomeAvailable()
    {
        var created = backend.CreateDBCluster(Scope, new CreateDBClusterRequest { DBClusterIdentifier = "fresh", Engine = "aurora-postgresql", Tags = [new RdsTag("a", "b")] });
        var states = Enumerable.Range(0, 2)
            .Select(_ => Assert.Single(backend.DescribeDBClusters(Scope, new DescribeDBClustersRequest { DBClusterIdentifier = "fresh" }).DBClusters).Status)
            .ToList();

        Assert.Equal("creating", created.Status);
        Assert.Equal("16.4", created.EngineVersion);
        Assert.Equal(["creating", "available"], states);
    }

    [Fact]
    public void CreateDBCluster_WhenIdentifierTakenOrEngineUnsupported_ShouldThrow()
    {
        var taken = Assert.Throws<RdsException>(() => backend.CreateDBCluster(Scope, new CreateDBClusterRequest { DBClusterIdentifier = "orders-aurora-pg", Engine = "aurora-postgresql" }));
        var engine = Assert.Throws<RdsException>(() => backend.CreateDBCluster(Scope, new CreateDBClusterRequest { DBClusterIdentifier = "oracle", Engine = "oracle-ee" }));

        Assert.Equal("DBClusterAlreadyExistsFault", taken.ErrorCode);
        Assert.Equal("InvalidParameterValue", engine.ErrorCode);
    }

    [Fact]
    public void AddTagsToResource_WhenKeyExists_ShouldReplaceItsValueAndKeepOrder()
    {
        backend.AddTagsToResource(Scope, OrdersArn, [new RdsTag("team", "payments"), new RdsTag("cost-center", "42")]);

        Assert.Equal(
            [new RdsTag("storageops:snapshot", "nightly"), new RdsTag("team", "payments"), new RdsTag("cost-center", "42")],
            backend.ListTagsForResource(Scope, OrdersArn));
    }

    [Theory]
    [InlineData("aws:owner")]
    [InlineData("rds:owner")]
    [InlineData("AWS:owner")]
    [InlineData("")]
    public void AddTagsToResource_WhenKeyIsReservedOrEmpty_ShouldThrowInvalidParameterValueAndTagNothing(string key)
    {
        var before = backend.ListTagsForResource(Scope, OrdersArn);

        var error = Assert.Throws<RdsException>(() => backend.AddTagsToResource(Scope, OrdersArn, [new RdsTag("cost-center", "42"), new RdsTag(key, "x")]));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Equal(before, backend.ListTagsForResource(Scope, OrdersArn));
    }

    [Fact]
    public void CreateDBClusterSnapshot_WhenATagKeyStartsWithAws_ShouldThrowInvalidParameterValueAndCreateNothing()
    {
        var error = Assert.Throws<RdsException>(() => backend.CreateDBClusterSnapshot(Scope, new CreateDBClusterSnapshotRequest
        {
            DBClusterSnapshotIdentifier = "nightly-1",
            DBClusterIdentifier = "orders-aurora-pg",
            Tags = [new RdsTag("aws:cloudformation:stack-name", "x")],
        }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.DoesNotContain(backend.PeekDBClusterSnapshots(Scope), snapshot => snapshot.DBClusterSnapshotIdentifier == "nightly-1");
    }

    [Fact]
    public void CreateDBCluster_WhenATagKeyStartsWithRds_ShouldThrowInvalidParameterValue()
    {
        var error = Assert.Throws<RdsException>(() => backend.CreateDBCluster(Scope, new CreateDBClusterRequest
        {
            DBClusterIdentifier = "reserved-tags",
            Engine = "aurora-postgresql",
            Tags = [new RdsTag("rds:owner", "x")],
        }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
    }

    [Fact]
    public void RemoveTagsFromResource_WhenKeysGiven_ShouldRemoveOnlyThoseKeys()
    {
        backend.RemoveTagsFromResource(Scope, OrdersArn, ["team", "absent"]);

        Assert.Equal([new RdsTag("storageops:snapshot", "nightly")], backend.ListTagsForResource(Scope, OrdersArn));
    }

    [Fact]
    public void AddTagsToResource_WhenSnapshotArn_ShouldTagTheSnapshot()
    {
        backend.CreateDBClusterSnapshot(Scope, new CreateDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = "nightly-1", DBClusterIdentifier = "orders-aurora-pg" });
        const string snapshotArn = "arn:aws:rds:us-west-2:111122223333:cluster-snapshot:nightly-1";

        backend.AddTagsToResource(Scope, snapshotArn, [new RdsTag("retention", "7")]);

        Assert.Equal([new RdsTag("retention", "7")], backend.ListTagsForResource(Scope, snapshotArn));
    }

    [Theory]
    [InlineData("arn:aws:rds:us-west-2:111122223333:cluster:nope", "DBClusterNotFoundFault")]
    [InlineData("arn:aws:rds:us-west-2:111122223333:cluster-snapshot:nope", "DBClusterSnapshotNotFoundFault")]
    [InlineData("arn:aws:rds:us-west-2:111122223333:db:instance-1", "InvalidParameterValue")]
    [InlineData("orders-aurora-pg", "InvalidParameterValue")]
    public void ListTagsForResource_WhenArnNamesNoClusterOrSnapshot_ShouldThrowTheMatchingFault(string resourceName, string errorCode)
    {
        var error = Assert.Throws<RdsException>(() => backend.ListTagsForResource(Scope, resourceName));

        Assert.Equal(errorCode, error.ErrorCode);
    }
}
