using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Rds;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Rds;

public sealed class RdsBackendDescribeDBClusterSnapshotsTests
{
    private static readonly AccountRegion Scope = new("111122223333", "us-west-2");

    private readonly ManualTimeProvider clock = new();
    private readonly RdsBackend backend;

    public RdsBackendDescribeDBClusterSnapshotsTests()
    {
        backend = new RdsBackend(new SimulatorOptions { TimeProvider = clock });
        backend.CreateDBClusterSnapshot(Scope, new CreateDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = "orders-manual", DBClusterIdentifier = "orders-aurora-pg" });
        backend.CreateDBClusterSnapshot(Scope, new CreateDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = "billing-manual", DBClusterIdentifier = "billing-aurora-mysql" });
    }

    [Fact]
    public void DescribeDBClusterSnapshots_WhenSeeded_ShouldListDailyAutomatedSnapshotsOfEverySeededCluster()
    {
        var automated = Describe(new DescribeDBClusterSnapshotsRequest { DBClusterIdentifier = "orders-aurora-pg", SnapshotType = "automated" });

        Assert.Equal(
            ["rds:orders-aurora-pg-2025-12-29-12-00", "rds:orders-aurora-pg-2025-12-30-12-00", "rds:orders-aurora-pg-2025-12-31-12-00"],
            automated.Select(snapshot => snapshot.DBClusterSnapshotIdentifier));
        Assert.All(automated, snapshot => Assert.Equal(DBClusterSnapshotStatuses.Available, snapshot.Status));
        Assert.All(automated, snapshot => Assert.Equal(100, snapshot.PercentProgress));
    }

    [Fact]
    public void DescribeDBClusterSnapshots_WhenSeededInAnotherRegion_ShouldSeedThatRegionItsOwnFleet()
    {
        var elsewhere = backend.DescribeDBClusterSnapshots(Scope with { Region = "ap-south-1" }, new DescribeDBClusterSnapshotsRequest());

        Assert.Equal(10, elsewhere.DBClusterSnapshots.Count);
        Assert.All(elsewhere.DBClusterSnapshots, snapshot => Assert.StartsWith("arn:aws:rds:ap-south-1:111122223333:cluster-snapshot:rds:", snapshot.DBClusterSnapshotArn, StringComparison.Ordinal));
    }

    [Fact]
    public void DescribeDBClusterSnapshots_WhenByIdentifierOrArn_ShouldReturnThatSnapshot()
    {
        Assert.Equal("orders-manual", Assert.Single(Describe(new DescribeDBClusterSnapshotsRequest { DBClusterSnapshotIdentifier = "ORDERS-MANUAL" })).DBClusterSnapshotIdentifier);
        Assert.Equal(
            "billing-manual",
            Assert.Single(Describe(new DescribeDBClusterSnapshotsRequest { DBClusterSnapshotIdentifier = "arn:aws:rds:us-west-2:111122223333:cluster-snapshot:billing-manual" })).DBClusterSnapshotIdentifier);
    }

    [Fact]
    public void DescribeDBClusterSnapshots_WhenIdentifierUnknown_ShouldThrowDBClusterSnapshotNotFoundFault()
    {
        var error = Assert.Throws<RdsException>(() => Describe(new DescribeDBClusterSnapshotsRequest { DBClusterSnapshotIdentifier = "nope" }));

        Assert.Equal("DBClusterSnapshotNotFoundFault", error.ErrorCode);
        Assert.Equal(404, error.HttpStatusCode);
        Assert.Equal("DBClusterSnapshot nope not found.", error.Message);
    }

    [Fact]
    public void DescribeDBClusterSnapshots_WhenSnapshotTypeManual_ShouldReturnOnlyManualSnapshots()
    {
        Assert.Equal(["orders-manual", "billing-manual"], Describe(new DescribeDBClusterSnapshotsRequest { SnapshotType = "manual" }).Select(snapshot => snapshot.DBClusterSnapshotIdentifier));
    }

    [Fact]
    public void DescribeDBClusterSnapshots_WhenFiltersCombine_ShouldAndFiltersAndOrValues()
    {
        var filtered = Describe(new DescribeDBClusterSnapshotsRequest
        {
            Filters =
            [
                new RdsFilter("db-cluster-id", ["orders-aurora-pg", "arn:aws:rds:us-west-2:111122223333:cluster:billing-aurora-mysql"]),
                new RdsFilter("snapshot-type", ["manual"]),
            ],
        });

        Assert.Equal(["orders-manual", "billing-manual"], filtered.Select(snapshot => snapshot.DBClusterSnapshotIdentifier));
    }

    [Fact]
    public void DescribeDBClusterSnapshots_WhenFilteredByEngineAndSnapshotId_ShouldMatchEach()
    {
        var mysql = Describe(new DescribeDBClusterSnapshotsRequest { Filters = [new RdsFilter("engine", ["aurora-mysql"])] });
        var byId = Describe(new DescribeDBClusterSnapshotsRequest { Filters = [new RdsFilter("db-cluster-snapshot-id", ["billing-manual"])] });

        Assert.All(mysql, snapshot => Assert.Equal("aurora-mysql", snapshot.Engine));
        Assert.Equal(5, mysql.Count);
        Assert.Equal("billing-manual", Assert.Single(byId).DBClusterSnapshotIdentifier);
    }

    [Fact]
    public void DescribeDBClusterSnapshots_WhenFilterNameUnknown_ShouldThrowInvalidParameterValue()
    {
        var error = Assert.Throws<RdsException>(() => Describe(new DescribeDBClusterSnapshotsRequest { Filters = [new RdsFilter("status", ["available"])] }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Equal("Unrecognized filter name: status", error.Message);
    }

    [Theory]
    [InlineData(19)]
    [InlineData(101)]
    public void DescribeDBClusterSnapshots_WhenMaxRecordsOutOfRange_ShouldThrowInvalidParameterValue(int maxRecords)
    {
        var error = Assert.Throws<RdsException>(() => Describe(new DescribeDBClusterSnapshotsRequest { MaxRecords = maxRecords }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Equal($"Invalid value {maxRecords} for MaxRecords. Must be between 20 and 100", error.Message);
    }

    [Fact]
    public void DescribeDBClusterSnapshots_WhenPagedByTwenty_ShouldVisitEverySnapshotOnceAndSurviveDeletions()
    {
        for (var index = 0; index < 30; index++)
        {
            backend.CreateDBClusterSnapshot(Scope, new CreateDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = $"page-{index}", DBClusterIdentifier = "orders-aurora-pg" });
        }

        clock.Advance(TimeSpan.FromHours(1));
        var first = backend.DescribeDBClusterSnapshots(Scope, new DescribeDBClusterSnapshotsRequest { MaxRecords = 20 });
        backend.DeleteDBClusterSnapshot(Scope, first.DBClusterSnapshots[^1].DBClusterSnapshotIdentifier);
        var second = backend.DescribeDBClusterSnapshots(Scope, new DescribeDBClusterSnapshotsRequest { MaxRecords = 100, Marker = first.Marker });

        Assert.Equal(20, first.DBClusterSnapshots.Count);
        Assert.NotNull(first.Marker);
        Assert.Equal(22, second.DBClusterSnapshots.Count);
        Assert.Null(second.Marker);
        Assert.Equal(42, first.DBClusterSnapshots.Concat(second.DBClusterSnapshots).Select(snapshot => snapshot.DBClusterSnapshotIdentifier).Distinct().Count());
    }

    [Fact]
    public void DescribeDBClusterSnapshots_WhenMarkerForged_ShouldThrowInvalidParameterValue()
    {
        var error = Assert.Throws<RdsException>(() => Describe(new DescribeDBClusterSnapshotsRequest { Marker = "not-a-marker" }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
    }

    private IReadOnlyList<DBClusterSnapshotDescription> Describe(DescribeDBClusterSnapshotsRequest request) =>
        backend.DescribeDBClusterSnapshots(Scope, request).DBClusterSnapshots;
}
