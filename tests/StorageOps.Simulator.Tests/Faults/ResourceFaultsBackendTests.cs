using StorageOps.Simulator.DocDbElastic;
using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Rds;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Faults;

/// <summary>Faults the backends apply to their own state: not-found for a while after create, and forced terminal states.</summary>
public sealed class ResourceFaultsBackendTests
{
    [Fact]
    public void DescribeFileSystems_WhenEventuallyConsistent_ShouldAnswerNotFoundUntilTheWindowHasPassed()
    {
        var scenario = new EfsBackendScenario(options => options with
        {
            Faults = new FaultSettings { Rules = [new FaultRule { Service = "efs", Operation = "DescribeFileSystems", NotFoundAfterCreate = TimeSpan.FromSeconds(5) }] },
        });
        var created = scenario.CreateFileSystem("eventual");

        EfsBackendScenario.AssertEfsError("FileSystemNotFound", () => scenario.Describe(created.FileSystemId));
        var byToken = scenario.Backend.DescribeFileSystems(scenario.Scope, new DescribeFileSystemsRequest { CreationToken = "eventual" });
        scenario.Clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Empty(byToken.FileSystems);
        Assert.Equal(created.FileSystemId, scenario.Describe(created.FileSystemId).FileSystemId);
    }

    [Fact]
    public void FileSystem_WhenForcedIntoError_ShouldGoFromCreatingToErrorInsteadOfAvailable()
    {
        var scenario = new EfsBackendScenario(options => options with
        {
            Faults = new FaultSettings { Rules = [new FaultRule { Service = "efs", Resource = "broken-*", ForcedState = "error" }] },
        });
        var broken = scenario.CreateFileSystem("broken-1");
        var healthy = scenario.CreateFileSystem("healthy-1");

        scenario.Clock.Advance(EfsBackendScenario.FileSystemCreationDelay);

        Assert.Equal("error", scenario.Describe(broken.FileSystemId).LifeCycleState);
        Assert.Equal("available", scenario.Describe(healthy.FileSystemId).LifeCycleState);
    }

    [Fact]
    public void MountTarget_WhenForcedIntoErrorBySubnet_ShouldGoFromCreatingToErrorWhileOthersBecomeAvailable()
    {
        var scenario = new EfsBackendScenario(options => options with
        {
            Faults = new FaultSettings { Rules = [new FaultRule { Service = "efs", Resource = "subnet-*", ForcedState = "error" }] },
        });
        var fileSystem = scenario.CreateAvailableFileSystem("mounted");
        scenario.CreateMountTarget(fileSystem.FileSystemId, "a");

        scenario.Clock.Advance(EfsBackendScenario.MountTargetCreationDelay);
        var settled = scenario.Backend.DescribeMountTargets(scenario.Scope, new DescribeMountTargetsRequest { FileSystemId = fileSystem.FileSystemId }).MountTargets;

        Assert.Equal("error", Assert.Single(settled).LifeCycleState);
        Assert.Equal("available", scenario.Describe(fileSystem.FileSystemId).LifeCycleState);
    }

    [Fact]
    public void FileSystem_WhenARuleForcesAReplicationStateOnIt_ShouldStillBecomeAvailable()
    {
        var scenario = new EfsBackendScenario(options => options with
        {
            Faults = new FaultSettings { Rules = [new FaultRule { Service = "efs", Resource = "*", ForcedState = "ERROR" }] },
        });

        var fileSystem = scenario.CreateAvailableFileSystem("source");

        Assert.Equal("available", scenario.Describe(fileSystem.FileSystemId).LifeCycleState);
    }

    [Fact]
    public void Replication_WhenForcedIntoError_ShouldGoFromEnablingToErrorInsteadOfEnabled()
    {
        var scenario = new EfsBackendScenario(options => options with
        {
            Faults = new FaultSettings { Rules = [new FaultRule { Service = "efs", Resource = "fs-*", ForcedState = "ERROR" }] },
        });
        var source = scenario.CreateAvailableFileSystem("source");
        var created = scenario.Replicate(source.FileSystemId, "us-west-2");

        var enabling = DescribeReplication(scenario, source.FileSystemId);
        scenario.Clock.Advance(EfsBackendScenario.ReplicationEnablingDelay);
        var settled = DescribeReplication(scenario, source.FileSystemId);

        Assert.Equal("ENABLING", created.Destinations[0].Status);
        Assert.Equal("ENABLING", enabling.Status);
        Assert.Equal("ERROR", settled.Status);
        Assert.Null(settled.LastReplicatedTimestamp);
    }

    [Theory]
    [InlineData("ERROR", "has failed")]
    [InlineData("PAUSED", "is paused")]
    public void Replication_WhenForcedIntoErrorOrPaused_ShouldExplainTheStateInStatusMessage(string forcedState, string explanation)
    {
        var scenario = new EfsBackendScenario(options => options with
        {
            Faults = new FaultSettings { Rules = [new FaultRule { Service = "efs", Resource = "fs-*", ForcedState = forcedState }] },
        });
        var source = scenario.CreateAvailableFileSystem("source");
        scenario.Replicate(source.FileSystemId, "us-west-2");

        var enabling = DescribeReplication(scenario, source.FileSystemId);
        scenario.Clock.Advance(EfsBackendScenario.ReplicationEnablingDelay);
        var settled = DescribeReplication(scenario, source.FileSystemId);

        Assert.Null(enabling.StatusMessage);
        Assert.Equal(forcedState, settled.Status);
        Assert.Contains(explanation, settled.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Replication_WhenEnabled_ShouldCarryNoStatusMessage()
    {
        var scenario = new EfsBackendScenario();
        var source = scenario.CreateAvailableFileSystem("source");
        scenario.Replicate(source.FileSystemId, "us-west-2");

        scenario.Clock.Advance(EfsBackendScenario.ReplicationEnablingDelay);
        var settled = DescribeReplication(scenario, source.FileSystemId);

        Assert.Equal("ENABLED", settled.Status);
        Assert.Null(settled.StatusMessage);
    }

    [Fact]
    public void DescribeReplicationConfigurations_WhenEventuallyConsistent_ShouldAnswerReplicationNotFoundAtFirst()
    {
        var scenario = new EfsBackendScenario(options => options with
        {
            Faults = new FaultSettings { Rules = [new FaultRule { Operation = "DescribeReplicationConfigurations", NotFoundAfterCreate = TimeSpan.FromSeconds(3) }] },
        });
        var source = scenario.CreateAvailableFileSystem("source");
        scenario.Replicate(source.FileSystemId, "us-west-2");

        EfsBackendScenario.AssertEfsError("ReplicationNotFound", () => DescribeReplication(scenario, source.FileSystemId));
        scenario.Clock.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal("ENABLING", DescribeReplication(scenario, source.FileSystemId).Status);
    }

    [Fact]
    public void RdsSnapshot_WhenForcedAndEventuallyConsistent_ShouldBeNotFoundThenCreatingThenTheForcedState()
    {
        var clock = new ManualTimeProvider();
        var rds = new RdsBackend(new SimulatorOptions
        {
            TimeProvider = clock,
            Faults = new FaultSettings
            {
                Rules =
                [
                    new FaultRule { Service = "rds", Resource = "nightly-*", ForcedState = "failed" },
                    new FaultRule { Service = "rds", Operation = "DescribeDBClusterSnapshots", Resource = "nightly-*", NotFoundAfterCreate = TimeSpan.FromSeconds(10) },
                ],
            },
        });
        var scope = rds.DefaultScope;
        rds.CreateDBClusterSnapshot(scope, new CreateDBClusterSnapshotRequest { DBClusterIdentifier = "orders-aurora-pg", DBClusterSnapshotIdentifier = "nightly-1" });
        rds.CreateDBClusterSnapshot(scope, new CreateDBClusterSnapshotRequest { DBClusterIdentifier = "orders-aurora-pg", DBClusterSnapshotIdentifier = "manual-1" });

        var hidden = Assert.Throws<RdsException>(() => Describe(rds, "nightly-1"));
        clock.Advance(TimeSpan.FromSeconds(10));
        var creating = Describe(rds, "nightly-1");
        clock.Advance(((StorageOps.Simulator.Lifecycle.AfterSecondsTransition)new SimulatorOptions().DBClusterSnapshotCreation).Delay);

        Assert.Equal("DBClusterSnapshotNotFoundFault", hidden.ErrorCode);
        Assert.Equal("creating", creating.Status);
        Assert.Equal("failed", Describe(rds, "nightly-1").Status);
        Assert.Equal("available", Describe(rds, "manual-1").Status);
    }

    [Fact]
    public void ElasticSnapshotCopy_WhenForced_ShouldSettleIntoInaccessibleEncryptionCredsAndHideAtFirst()
    {
        var clock = new ManualTimeProvider();
        var docDb = new DocDbElasticBackend(new SimulatorOptions
        {
            TimeProvider = clock,
            Faults = new FaultSettings
            {
                Rules =
                [
                    new FaultRule { Service = "docdb-elastic", Resource = "broken-*", ForcedState = "INACCESSIBLE_ENCRYPTION_CREDS" },
                    new FaultRule { Service = "docdb-elastic", Operation = "GetClusterSnapshot", NotFoundAfterCreate = TimeSpan.FromSeconds(2) },
                ],
            },
        });
        var scope = docDb.DefaultScope;
        var source = docDb.ListClusterSnapshots(scope, new ListClusterSnapshotsRequest { SnapshotType = "automated" }).Snapshots[0];
        var copy = docDb.CopyClusterSnapshot(scope, new CopyClusterSnapshotRequest { SnapshotArn = source.SnapshotArn, TargetSnapshotName = "broken-copy" });

        var hidden = Assert.Throws<DocDbElasticException>(() => docDb.GetClusterSnapshot(scope, copy.SnapshotArn));
        clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal("ResourceNotFoundException", hidden.ErrorType);
        Assert.Equal("INACCESSIBLE_ENCRYPTION_CREDS", docDb.GetClusterSnapshot(scope, copy.SnapshotArn).Status);
        Assert.Equal("ACTIVE", docDb.GetClusterSnapshot(scope, source.SnapshotArn).Status);
    }

    private static ReplicationDestinationDescription DescribeReplication(EfsBackendScenario scenario, string sourceId) =>
        scenario.Backend.DescribeReplicationConfigurations(scenario.Scope, new DescribeReplicationConfigurationsRequest { FileSystemId = sourceId }).Replications.Single().Destinations[0];

    private static DBClusterSnapshotDescription Describe(RdsBackend rds, string identifier) =>
        rds.DescribeDBClusterSnapshots(rds.DefaultScope, new DescribeDBClusterSnapshotsRequest { DBClusterSnapshotIdentifier = identifier }).DBClusterSnapshots.Single();
}
