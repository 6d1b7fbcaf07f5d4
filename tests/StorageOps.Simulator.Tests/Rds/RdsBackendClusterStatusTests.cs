using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Rds;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Rds;

/// <summary>A cluster stopped or started outside the caller, for tests of workflows that meet a cluster changing under them.</summary>
public sealed class RdsBackendClusterStatusTests
{
    private static readonly AccountRegion Scope = new("123456789012", "eu-west-1");

    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void SetDBClusterStatus_WhenStoppedThenAvailableAgain_ShouldRefuseSnapshotsWhileStoppedAndAcceptThemAfter()
    {
        var backend = new RdsBackend(new SimulatorOptions { TimeProvider = clock, DefaultRegion = Scope.Region });

        backend.SetDBClusterStatus(Scope, "orders-aurora-pg", DBClusterStatuses.Stopped);

        Assert.Equal(DBClusterStatuses.Stopped, Assert.Single(backend.PeekDBClusters(Scope), cluster => cluster.DBClusterIdentifier == "orders-aurora-pg").Status);
        var refused = Assert.Throws<RdsException>(() => backend.CreateDBClusterSnapshot(Scope, new CreateDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = "tonight", DBClusterIdentifier = "orders-aurora-pg" }));
        Assert.Equal(RdsErrorCodes.InvalidDBClusterStateFault, refused.ErrorCode);

        backend.SetDBClusterStatus(Scope, "orders-aurora-pg", DBClusterStatuses.Available);

        Assert.Equal("tonight", backend.CreateDBClusterSnapshot(Scope, new CreateDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = "tonight", DBClusterIdentifier = "orders-aurora-pg" }).DBClusterSnapshotIdentifier);
    }

    [Fact]
    public void SetDBClusterStatus_WhenTheClusterDoesNotExist_ShouldThrowDBClusterNotFound()
    {
        var backend = new RdsBackend(new SimulatorOptions { TimeProvider = clock, DefaultRegion = Scope.Region });

        var error = Assert.Throws<RdsException>(() => backend.SetDBClusterStatus(Scope, "no-such-cluster", DBClusterStatuses.Stopped));

        Assert.Equal(RdsErrorCodes.DBClusterNotFoundFault, error.ErrorCode);
    }
}
