using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Simulator.Tests.TestSupport;
using static StorageOps.Simulator.Tests.TestSupport.EfsBackendScenario;

namespace StorageOps.Simulator.Tests.Efs;

public sealed class EfsBackendFileSystemChangesTests
{
    private readonly EfsBackendScenario scenario = new();

    private EfsBackend Backend => scenario.Backend;

    [Fact]
    public void DeleteFileSystem_WhenNoMountTargets_ShouldBeDeletingThenGone()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("doomed");

        Backend.DeleteFileSystem(scenario.Scope, fileSystem.FileSystemId);

        Assert.Equal("deleting", scenario.Describe(fileSystem.FileSystemId).LifeCycleState);
        scenario.Clock.Advance(DeletionDelay);
        AssertEfsError("FileSystemNotFound", () => scenario.Describe(fileSystem.FileSystemId));
        Assert.Empty(Backend.PeekFileSystems(scenario.Scope));
    }

    [Fact]
    public void DeleteFileSystem_WhenDeletionCountsDescribes_ShouldVanishOnTheConfiguredDescribe()
    {
        var describes = new EfsBackendScenario(options => options with { FileSystemDeletion = LifecycleTransition.AfterDescribes(2) });
        var fileSystem = describes.CreateAvailableFileSystem("doomed");
        describes.Backend.DeleteFileSystem(describes.Scope, fileSystem.FileSystemId);

        Assert.Equal("deleting", describes.Describe(fileSystem.FileSystemId).LifeCycleState);
        AssertEfsError("FileSystemNotFound", () => describes.Describe(fileSystem.FileSystemId));
    }

    [Fact]
    public void DescribeFileSystems_WhenIdAndTokenDisagree_ShouldReturnNothing()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("token-a");

        var result = Backend.DescribeFileSystems(scenario.Scope, new DescribeFileSystemsRequest { FileSystemId = fileSystem.FileSystemId, CreationToken = "token-b" });

        Assert.Empty(result.FileSystems);
    }

    [Fact]
    public void DescribeFileSystems_WhenByTokenAndDeletionCompletes_ShouldReturnNothing()
    {
        var describes = new EfsBackendScenario(options => options with { FileSystemDeletion = LifecycleTransition.AfterDescribes(1) });
        var fileSystem = describes.CreateAvailableFileSystem("vanishing");
        describes.Backend.DeleteFileSystem(describes.Scope, fileSystem.FileSystemId);

        var result = describes.Backend.DescribeFileSystems(describes.Scope, new DescribeFileSystemsRequest { CreationToken = "vanishing" });

        Assert.Empty(result.FileSystems);
        Assert.Empty(describes.Backend.PeekFileSystems(describes.Scope));
    }

    [Fact]
    public void DeleteFileSystem_WhenGone_ShouldFreeTheCreationToken()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("reusable");
        Backend.DeleteFileSystem(scenario.Scope, fileSystem.FileSystemId);
        scenario.Clock.Advance(DeletionDelay);

        var again = scenario.CreateFileSystem("reusable");

        Assert.NotEqual(fileSystem.FileSystemId, again.FileSystemId);
    }

    [Fact]
    public void DeleteFileSystem_WhenItHasMountTargets_ShouldFailWithFileSystemInUse()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("mounted");
        scenario.CreateMountTarget(fileSystem.FileSystemId, "a");

        var error = AssertEfsError("FileSystemInUse", () => Backend.DeleteFileSystem(scenario.Scope, fileSystem.FileSystemId));

        Assert.Equal(409, error.HttpStatusCode);
    }

    [Fact]
    public void DeleteFileSystem_WhenMountTargetsAreGone_ShouldSucceed()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("unmounted");
        var mountTarget = scenario.CreateMountTarget(fileSystem.FileSystemId, "a");
        Backend.DeleteMountTarget(scenario.Scope, mountTarget.MountTargetId);
        AssertEfsError("FileSystemInUse", () => Backend.DeleteFileSystem(scenario.Scope, fileSystem.FileSystemId));
        scenario.Clock.Advance(DeletionDelay);

        Backend.DeleteFileSystem(scenario.Scope, fileSystem.FileSystemId);

        Assert.Equal("deleting", scenario.Describe(fileSystem.FileSystemId).LifeCycleState);
    }

    [Fact]
    public void DeleteFileSystem_WhenPartOfAReplication_ShouldFailWithFileSystemInUse()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("replicated");
        scenario.Replicate(fileSystem.FileSystemId, "us-west-2");

        AssertEfsError("FileSystemInUse", () => Backend.DeleteFileSystem(scenario.Scope, fileSystem.FileSystemId));
    }

    [Fact]
    public void DeleteFileSystem_WhenUnknown_ShouldFailWithFileSystemNotFound() =>
        AssertEfsError("FileSystemNotFound", () => Backend.DeleteFileSystem(scenario.Scope, "fs-0123456789abcdef0"));

    [Fact]
    public void UpdateFileSystem_WhenSwitchingToProvisioned_ShouldDescribeTheNewThroughput()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("faster");

        var updated = Backend.UpdateFileSystem(scenario.Scope, fileSystem.FileSystemId, new UpdateFileSystemRequest { ThroughputMode = "provisioned", ProvisionedThroughputInMibps = 256 });

        Assert.Equal("provisioned", updated.ThroughputMode);
        Assert.Equal(256, updated.ProvisionedThroughputInMibps);
        Assert.Equal(256, scenario.Describe(fileSystem.FileSystemId).ProvisionedThroughputInMibps);
    }

    [Fact]
    public void UpdateFileSystem_WhenModeChangesTwiceWithin24Hours_ShouldFailWithTooManyRequests()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("fickle");
        Backend.UpdateFileSystem(scenario.Scope, fileSystem.FileSystemId, new UpdateFileSystemRequest { ThroughputMode = "elastic" });
        scenario.Clock.Advance(TimeSpan.FromHours(23));

        var error = AssertEfsError("TooManyRequests", () =>
            Backend.UpdateFileSystem(scenario.Scope, fileSystem.FileSystemId, new UpdateFileSystemRequest { ThroughputMode = "bursting" }));

        Assert.Equal(429, error.HttpStatusCode);
    }

    [Fact]
    public void UpdateFileSystem_WhenModeChangesTwiceWithin24Hours_ShouldSayWhenToRetryAsEfsDoes()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("impatient");
        var firstChange = scenario.Clock.GetUtcNow();
        Backend.UpdateFileSystem(scenario.Scope, fileSystem.FileSystemId, new UpdateFileSystemRequest { ThroughputMode = "elastic" });
        scenario.Clock.Advance(TimeSpan.FromHours(2));

        var error = AssertEfsError("TooManyRequests", () =>
            Backend.UpdateFileSystem(scenario.Scope, fileSystem.FileSystemId, new UpdateFileSystemRequest { ThroughputMode = "bursting" }));

        var retryAt = firstChange.AddHours(24).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            $"You have reached the maximum number of throughput mode changes or provisioned throughput value decreases. Wait until {retryAt} UTC and try again.",
            error.Message);
    }

    [Fact]
    public void UpdateFileSystem_WhenTheThroughputChanges_ShouldBeUpdatingUntilTheTransitionCompletes()
    {
        var slow = new EfsBackendScenario(options => options with { FileSystemUpdate = LifecycleTransition.AfterSeconds(20) });
        var fileSystem = slow.CreateAvailableFileSystem("slow");

        var updated = slow.Backend.UpdateFileSystem(slow.Scope, fileSystem.FileSystemId, new UpdateFileSystemRequest { ThroughputMode = "provisioned", ProvisionedThroughputInMibps = 64 });
        slow.Clock.Advance(TimeSpan.FromSeconds(19));
        var stillUpdating = slow.Describe(fileSystem.FileSystemId).LifeCycleState;
        slow.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(("updating", "updating"), (updated.LifeCycleState, stillUpdating));
        Assert.Equal("available", slow.Describe(fileSystem.FileSystemId).LifeCycleState);
    }

    [Fact]
    public void UpdateFileSystem_ByDefault_ShouldAnswerUpdatingAndBeAvailableOnTheNextLook()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("quick");

        var updated = Backend.UpdateFileSystem(scenario.Scope, fileSystem.FileSystemId, new UpdateFileSystemRequest { ThroughputMode = "elastic" });

        Assert.Equal("updating", updated.LifeCycleState);
        Assert.Equal("available", scenario.Describe(fileSystem.FileSystemId).LifeCycleState);
    }

    [Fact]
    public void UpdateFileSystem_WhenModeChangesAgainAfter24Hours_ShouldSucceed()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("patient");
        Backend.UpdateFileSystem(scenario.Scope, fileSystem.FileSystemId, new UpdateFileSystemRequest { ThroughputMode = "elastic" });
        scenario.Clock.Advance(TimeSpan.FromHours(24));

        var updated = Backend.UpdateFileSystem(scenario.Scope, fileSystem.FileSystemId, new UpdateFileSystemRequest { ThroughputMode = "bursting" });

        Assert.Equal("bursting", updated.ThroughputMode);
    }

    [Fact]
    public void UpdateFileSystem_WhenProvisionedThroughputDecreasesAfterAModeChange_ShouldFailWithTooManyRequests()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("shrinking");
        Backend.UpdateFileSystem(scenario.Scope, fileSystem.FileSystemId, new UpdateFileSystemRequest { ThroughputMode = "provisioned", ProvisionedThroughputInMibps = 256 });

        AssertEfsError("TooManyRequests", () =>
            Backend.UpdateFileSystem(scenario.Scope, fileSystem.FileSystemId, new UpdateFileSystemRequest { ProvisionedThroughputInMibps = 128 }));
    }

    [Fact]
    public void UpdateFileSystem_WhenProvisionedThroughputIncreasesRepeatedly_ShouldSucceed()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("growing");
        Backend.UpdateFileSystem(scenario.Scope, fileSystem.FileSystemId, new UpdateFileSystemRequest { ThroughputMode = "provisioned", ProvisionedThroughputInMibps = 64 });

        Backend.UpdateFileSystem(scenario.Scope, fileSystem.FileSystemId, new UpdateFileSystemRequest { ProvisionedThroughputInMibps = 128 });
        var updated = Backend.UpdateFileSystem(scenario.Scope, fileSystem.FileSystemId, new UpdateFileSystemRequest { ProvisionedThroughputInMibps = 512 });

        Assert.Equal(512, updated.ProvisionedThroughputInMibps);
    }

    [Fact]
    public void UpdateFileSystem_WhenDecreaseFollowsADecreaseWithin24Hours_ShouldFailWithTooManyRequests()
    {
        var provisioned = Backend.CreateFileSystem(scenario.Scope, new CreateFileSystemRequest { CreationToken = "p", ThroughputMode = "provisioned", ProvisionedThroughputInMibps = 512 });
        scenario.Clock.Advance(FileSystemCreationDelay);
        Backend.UpdateFileSystem(scenario.Scope, provisioned.FileSystemId, new UpdateFileSystemRequest { ProvisionedThroughputInMibps = 256 });
        scenario.Clock.Advance(TimeSpan.FromHours(1));

        AssertEfsError("TooManyRequests", () =>
            Backend.UpdateFileSystem(scenario.Scope, provisioned.FileSystemId, new UpdateFileSystemRequest { ProvisionedThroughputInMibps = 128 }));
    }

    [Fact]
    public void UpdateFileSystem_WhenStillCreating_ShouldFailWithIncorrectFileSystemLifeCycleState()
    {
        var fileSystem = scenario.CreateFileSystem("young");

        var error = AssertEfsError("IncorrectFileSystemLifeCycleState", () =>
            Backend.UpdateFileSystem(scenario.Scope, fileSystem.FileSystemId, new UpdateFileSystemRequest { ThroughputMode = "elastic" }));

        Assert.Equal(409, error.HttpStatusCode);
    }

    [Theory]
    [InlineData("provisioned", null, "BadRequest")]
    [InlineData("elastic", 128d, "BadRequest")]
    [InlineData("turbo", null, "BadRequest")]
    [InlineData("provisioned", 5000d, "ThroughputLimitExceeded")]
    public void UpdateFileSystem_WhenThroughputInvalid_ShouldFailWithTheModelError(string mode, double? mibps, string expectedCode)
    {
        var fileSystem = scenario.CreateAvailableFileSystem("invalid");

        AssertEfsError(expectedCode, () =>
            Backend.UpdateFileSystem(scenario.Scope, fileSystem.FileSystemId, new UpdateFileSystemRequest { ThroughputMode = mode, ProvisionedThroughputInMibps = mibps }));
    }

    [Fact]
    public void UpdateFileSystem_WhenUnknown_ShouldFailWithFileSystemNotFound() =>
        AssertEfsError("FileSystemNotFound", () =>
            Backend.UpdateFileSystem(scenario.Scope, "fs-0123456789abcdef0", new UpdateFileSystemRequest { ThroughputMode = "elastic" }));

    [Fact]
    public void UpdateFileSystemProtection_WhenDisabled_ShouldReportAndDescribeDisabled()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("open");

        var protection = Backend.UpdateFileSystemProtection(scenario.Scope, fileSystem.FileSystemId, "DISABLED");

        Assert.Equal("DISABLED", protection);
        Assert.Equal("DISABLED", scenario.Describe(fileSystem.FileSystemId).ReplicationOverwriteProtection);
    }

    [Theory]
    [InlineData("REPLICATING")]
    [InlineData("off")]
    public void UpdateFileSystemProtection_WhenValueNotSettable_ShouldFailWithBadRequest(string value)
    {
        var fileSystem = scenario.CreateAvailableFileSystem("protected");

        AssertEfsError("BadRequest", () => Backend.UpdateFileSystemProtection(scenario.Scope, fileSystem.FileSystemId, value));
    }

    [Fact]
    public void UpdateFileSystemProtection_WhenDestinationIsReplicating_ShouldFailWithReplicationAlreadyExists()
    {
        var source = scenario.CreateAvailableFileSystem("source");
        var replication = scenario.Replicate(source.FileSystemId, Region);
        scenario.Clock.Advance(FileSystemCreationDelay);

        AssertEfsError("ReplicationAlreadyExists", () =>
            Backend.UpdateFileSystemProtection(scenario.Scope, replication.Destinations[0].FileSystemId, "ENABLED"));
    }

    [Fact]
    public void UpdateFileSystemProtection_WhenStillCreating_ShouldFailWithIncorrectFileSystemLifeCycleState()
    {
        var fileSystem = scenario.CreateFileSystem("young");

        AssertEfsError("IncorrectFileSystemLifeCycleState", () => Backend.UpdateFileSystemProtection(scenario.Scope, fileSystem.FileSystemId, "DISABLED"));
    }
}
