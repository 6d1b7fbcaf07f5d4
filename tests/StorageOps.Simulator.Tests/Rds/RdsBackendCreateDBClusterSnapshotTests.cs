using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Simulator.Rds;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Rds;

public sealed class RdsBackendCreateDBClusterSnapshotTests
{
    private static readonly AccountRegion Scope = new("111122223333", "us-west-2");

    private readonly ManualTimeProvider clock = new();

    [Fact]
    public void CreateDBClusterSnapshot_WhenClusterAvailable_ShouldStartCreatingWithClusterDetails()
    {
        var backend = NewBackend();

        var snapshot = backend.CreateDBClusterSnapshot(Scope, Request("Nightly-1", "orders-aurora-pg", new RdsTag("owner", "storageops")));

        Assert.Equal("nightly-1", snapshot.DBClusterSnapshotIdentifier);
        Assert.Equal("orders-aurora-pg", snapshot.DBClusterIdentifier);
        Assert.Equal("arn:aws:rds:us-west-2:111122223333:cluster-snapshot:nightly-1", snapshot.DBClusterSnapshotArn);
        Assert.Equal(DBClusterSnapshotStatuses.Creating, snapshot.Status);
        Assert.Equal(SnapshotTypes.Manual, snapshot.SnapshotType);
        Assert.Equal(0, snapshot.PercentProgress);
        Assert.Equal("aurora-postgresql", snapshot.Engine);
        Assert.Equal("16.4", snapshot.EngineVersion);
        Assert.Equal("postgresql-license", snapshot.LicenseModel);
        Assert.Equal(clock.GetUtcNow(), snapshot.SnapshotCreateTime);
        Assert.Equal([new RdsTag("owner", "storageops")], snapshot.TagList);
    }

    [Fact]
    public void CreateDBClusterSnapshot_WhenClockAdvances_ShouldRaisePercentProgressUntilAvailable()
    {
        var backend = NewBackend(options => options with { DBClusterSnapshotCreation = LifecycleTransition.AfterSeconds(100) });
        backend.CreateDBClusterSnapshot(Scope, Request("nightly-1", "orders-aurora-pg"));

        var seen = new List<(string Status, int Percent)>();
        foreach (var seconds in new[] { 25, 25, 49, 1 })
        {
            clock.Advance(TimeSpan.FromSeconds(seconds));
            var snapshot = Assert.Single(backend.DescribeDBClusterSnapshots(Scope, new DescribeDBClusterSnapshotsRequest { DBClusterSnapshotIdentifier = "nightly-1" }).DBClusterSnapshots);
            seen.Add((snapshot.Status, snapshot.PercentProgress));
        }

        Assert.Equal([("creating", 25), ("creating", 50), ("creating", 99), ("available", 100)], seen);
    }

    [Fact]
    public void CreateDBClusterSnapshot_WhenDescribeBasedTransition_ShouldRaisePercentProgressPerDescribe()
    {
        var backend = NewBackend(options => options with { DBClusterSnapshotCreation = LifecycleTransition.AfterDescribes(4) });
        backend.CreateDBClusterSnapshot(Scope, Request("nightly-1", "orders-aurora-pg"));
        var peeked = backend.PeekDBClusterSnapshots(Scope).Single(snapshot => snapshot.DBClusterSnapshotIdentifier == "nightly-1");

        var percents = Enumerable.Range(0, 4)
            .Select(_ => Assert.Single(backend.DescribeDBClusterSnapshots(Scope, new DescribeDBClusterSnapshotsRequest { DBClusterSnapshotIdentifier = "nightly-1" }).DBClusterSnapshots).PercentProgress)
            .ToList();

        Assert.Equal(0, peeked.PercentProgress);
        Assert.Equal([25, 50, 75, 100], percents);
    }

    [Fact]
    public void CreateDBClusterSnapshot_WhenDefaultOptions_ShouldNotBeAvailableAtOnce()
    {
        var backend = NewBackend();
        backend.CreateDBClusterSnapshot(Scope, Request("nightly-1", "orders-aurora-pg"));

        var described = backend.DescribeDBClusterSnapshots(Scope, new DescribeDBClusterSnapshotsRequest { DBClusterSnapshotIdentifier = "nightly-1" });

        Assert.Equal(DBClusterSnapshotStatuses.Creating, Assert.Single(described.DBClusterSnapshots).Status);
    }

    [Fact]
    public void CreateDBClusterSnapshot_WhenIdentifierTakenInAnyCase_ShouldThrowDBClusterSnapshotAlreadyExistsFault()
    {
        var backend = NewBackend();
        backend.CreateDBClusterSnapshot(Scope, Request("nightly-1", "orders-aurora-pg"));

        var error = Assert.Throws<RdsException>(() => backend.CreateDBClusterSnapshot(Scope, Request("NIGHTLY-1", "billing-aurora-mysql")));

        Assert.Equal("DBClusterSnapshotAlreadyExistsFault", error.ErrorCode);
        Assert.Equal(400, error.HttpStatusCode);
    }

    [Fact]
    public void CreateDBClusterSnapshot_WhenClusterUnknown_ShouldThrowDBClusterNotFoundFault()
    {
        var error = Assert.Throws<RdsException>(() => NewBackend().CreateDBClusterSnapshot(Scope, Request("nightly-1", "no-such-cluster")));

        Assert.Equal("DBClusterNotFoundFault", error.ErrorCode);
        Assert.Equal(404, error.HttpStatusCode);
        Assert.Equal("DBCluster no-such-cluster not found.", error.Message);
    }

    [Fact]
    public void CreateDBClusterSnapshot_WhenClusterGivenByArn_ShouldSnapshotThatCluster()
    {
        var snapshot = NewBackend().CreateDBClusterSnapshot(Scope, Request("nightly-1", "arn:aws:rds:us-west-2:111122223333:cluster:billing-aurora-mysql"));

        Assert.Equal("billing-aurora-mysql", snapshot.DBClusterIdentifier);
    }

    [Fact]
    public void CreateDBClusterSnapshot_WhenClusterStopped_ShouldThrowInvalidDBClusterStateFault()
    {
        var error = Assert.Throws<RdsException>(() => NewBackend().CreateDBClusterSnapshot(Scope, Request("nightly-1", "legacy-reports-mysql")));

        Assert.Equal("InvalidDBClusterStateFault", error.ErrorCode);
        Assert.Contains("stopped", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateDBClusterSnapshot_WhenClusterStillCreating_ShouldThrowInvalidDBClusterStateFault()
    {
        var backend = NewBackend();
        backend.CreateDBCluster(Scope, new CreateDBClusterRequest { DBClusterIdentifier = "fresh", Engine = "aurora-mysql" });

        var error = Assert.Throws<RdsException>(() => backend.CreateDBClusterSnapshot(Scope, Request("nightly-1", "fresh")));

        Assert.Equal("InvalidDBClusterStateFault", error.ErrorCode);
    }

    [Theory]
    [InlineData("1-starts-with-digit")]
    [InlineData("ends-with-hyphen-")]
    [InlineData("double--hyphen")]
    [InlineData("under_score")]
    [InlineData("")]
    public void CreateDBClusterSnapshot_WhenIdentifierInvalid_ShouldThrowInvalidParameterValue(string identifier)
    {
        var error = Assert.Throws<RdsException>(() => NewBackend().CreateDBClusterSnapshot(Scope, Request(identifier, "orders-aurora-pg")));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
    }

    [Fact]
    public void CreateDBClusterSnapshot_WhenIdentifierMissing_ShouldThrowMissingParameter()
    {
        var error = Assert.Throws<RdsException>(() => NewBackend().CreateDBClusterSnapshot(Scope, new CreateDBClusterSnapshotRequest { DBClusterIdentifier = "orders-aurora-pg" }));

        Assert.Equal("MissingParameter", error.ErrorCode);
    }

    [Fact]
    public void CreateDBClusterSnapshot_WhenHundredManualSnapshotsInRegion_ShouldThrowSnapshotQuotaExceeded()
    {
        var backend = NewBackend();
        for (var index = 0; index < SimulatorOptions.DefaultManualClusterSnapshotQuota; index++)
        {
            backend.CreateDBClusterSnapshot(Scope, Request($"manual-{index}", "orders-aurora-pg"));
        }

        var error = Assert.Throws<RdsException>(() => backend.CreateDBClusterSnapshot(Scope, Request("one-too-many", "billing-aurora-mysql")));
        var otherRegion = backend.CreateDBClusterSnapshot(Scope with { Region = "eu-west-1" }, Request("one-too-many", "billing-aurora-mysql"));

        Assert.Equal("SnapshotQuotaExceeded", error.ErrorCode);
        Assert.Equal(400, error.HttpStatusCode);
        Assert.Equal(DBClusterSnapshotStatuses.Creating, otherRegion.Status);
    }

    [Fact]
    public void CreateDBClusterSnapshot_WhenAutomatedSnapshotsExist_ShouldNotCountThemTowardsTheQuota()
    {
        var backend = NewBackend();
        var automated = backend.PeekDBClusterSnapshots(Scope).Count(snapshot => snapshot.SnapshotType == SnapshotTypes.Automated);
        for (var index = 0; index < SimulatorOptions.DefaultManualClusterSnapshotQuota; index++)
        {
            backend.CreateDBClusterSnapshot(Scope, Request($"manual-{index}", "orders-aurora-pg"));
        }

        Assert.Equal(10, automated);
        Assert.Equal(110, backend.PeekDBClusterSnapshots(Scope).Count);
    }

    private RdsBackend NewBackend(Func<SimulatorOptions, SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions { TimeProvider = clock };
        return new RdsBackend(configure is null ? options : configure(options));
    }

    private static CreateDBClusterSnapshotRequest Request(string snapshotIdentifier, string clusterIdentifier, params RdsTag[] tags) => new()
    {
        DBClusterSnapshotIdentifier = snapshotIdentifier,
        DBClusterIdentifier = clusterIdentifier,
        Tags = tags,
    };
}
