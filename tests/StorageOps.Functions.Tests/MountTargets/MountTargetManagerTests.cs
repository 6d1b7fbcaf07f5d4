using System.Net;
using StorageOps.Aws.Efs;
using StorageOps.Functions.Errors;
using StorageOps.Functions.FileSystems;
using StorageOps.Functions.MountTargets;
using StorageOps.Functions.Requests;
using StorageOps.Functions.Tests.FileSystems;

namespace StorageOps.Functions.Tests.MountTargets;

public sealed class MountTargetManagerTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-03-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
    private readonly ManualClock clock = new(Start);
    private readonly InMemoryEfs efs;
    private readonly MountTargetManager manager;

    public MountTargetManagerTests()
    {
        efs = new InMemoryEfs(clock);
        manager = new MountTargetManager(efs.InHomeRegion(), clock);
    }

    private async Task<string> OwnedFileSystemAsync(string requestId = "req-1")
    {
        var created = await new FileSystemProvisioner(efs.InHomeRegion(), clock).CreateAsync(new ProvisionFileSystemRequest { RequestId = requestId }, CancellationToken.None);
        efs.SetState(created.FileSystemId, "available");
        return created.FileSystemId;
    }

    private static CreateMountTargetInput Input(string fileSystemId, string subnetId = "subnet-0a000001", string? ipAddress = null) => new()
    {
        FileSystemId = fileSystemId,
        MountTarget = new MountTargetRequest { SubnetId = subnetId, SecurityGroups = ["sg-0a000001"], IpAddress = ipAddress },
    };

    [Fact]
    public async Task CreateAsync_WhenSubnetHasNoMountTarget_ShouldCreateOneWithTheGivenPlacement()
    {
        var fileSystemId = await OwnedFileSystemAsync();

        var created = await manager.CreateAsync(Input(fileSystemId, ipAddress: "172.31.0.10"), CancellationToken.None);

        var sent = Assert.Single(efs.CreateMountTargetRequests);
        Assert.Equal((fileSystemId, "subnet-0a000001", "172.31.0.10"), (sent.FileSystemId, sent.SubnetId, sent.IpAddress));
        Assert.Equal(["sg-0a000001"], sent.SecurityGroups);
        Assert.False(created.AlreadyExisted);
        Assert.Equal("subnet-0a000001", created.MountTarget.SubnetId);
        Assert.Equal("creating", created.MountTarget.LifeCycleState);
        Assert.Equal(Start, created.RequestedAt);
        Assert.Equal(60, created.WaitSeconds);
    }

    [Fact]
    public async Task CreateAsync_WhenDeliveredTwice_ShouldReturnTheExistingMountTargetWithoutCreatingAnother()
    {
        var fileSystemId = await OwnedFileSystemAsync();
        var first = await manager.CreateAsync(Input(fileSystemId), CancellationToken.None);

        var second = await manager.CreateAsync(Input(fileSystemId), CancellationToken.None);

        Assert.Single(efs.CreateMountTargetRequests);
        Assert.True(second.AlreadyExisted);
        Assert.Equal(first.MountTarget.MountTargetId, second.MountTarget.MountTargetId);
    }

    [Fact]
    public async Task CreateAsync_WhenAConcurrentExecutionCreatedItFirst_ShouldReturnThatOneOnMountTargetConflict()
    {
        var fileSystemId = await OwnedFileSystemAsync();
        efs.NextCreateMountTargetFailure = new MountTargetConflictException("already has a mount target in us-east-1a", "req-9", HttpStatusCode.Conflict);
        efs.CreateBeforeNextMountTargetFailure = true;

        var created = await manager.CreateAsync(Input(fileSystemId), CancellationToken.None);

        Assert.True(created.AlreadyExisted);
        Assert.Equal(Assert.Single(efs.MountTargets).MountTargetId, created.MountTarget.MountTargetId);
    }

    [Fact]
    public async Task CreateAsync_WhenAnotherSubnetOfTheZoneHasOne_ShouldFailWithMountTargetRejected()
    {
        var fileSystemId = await OwnedFileSystemAsync();
        efs.NextCreateMountTargetFailure = new MountTargetConflictException("already has a mount target in us-east-1a", "req-9", HttpStatusCode.Conflict);

        var error = await Assert.ThrowsAsync<MountTargetRejectedException>(() => manager.CreateAsync(Input(fileSystemId), CancellationToken.None));

        Assert.Equal(ErrorNames.MountTargetRejected, error.ErrorType);
        Assert.Contains("subnet-0a000001: MountTargetConflict: already has a mount target in us-east-1a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_WhenSubnetDoesNotExist_ShouldFailWithMountTargetRejectedNamingTheSubnet()
    {
        var fileSystemId = await OwnedFileSystemAsync();
        efs.NextCreateMountTargetFailure = new SubnetNotFoundException("Subnet 'subnet-0a' does not exist.", "req-9", HttpStatusCode.BadRequest);

        var error = await Assert.ThrowsAsync<MountTargetRejectedException>(() => manager.CreateAsync(Input(fileSystemId), CancellationToken.None));

        Assert.Contains("subnet-0a000001: SubnetNotFound", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_WhenEfsThrottles_ShouldLetTheThrottlingErrorThroughForTheStateMachineToRetry()
    {
        var fileSystemId = await OwnedFileSystemAsync();
        efs.NextCreateMountTargetFailure = new ThrottlingException("Rate exceeded", "req-9", (HttpStatusCode)429);

        await Assert.ThrowsAsync<ThrottlingException>(() => manager.CreateAsync(Input(fileSystemId), CancellationToken.None));
    }

    [Theory]
    [InlineData("vol-1", "subnet-0a1b2c3d", null, "fileSystemId: 'vol-1' is not a file system id")]
    [InlineData("fs-0a1b2c3d", "sn-0a", null, "mountTarget.subnetId: 'sn-0a' is not a subnet id")]
    [InlineData("fs-0a1b2c3d", "subnet-0a1b2c3d", "172.31.0", "mountTarget.ipAddress: '172.31.0' is not an IPv4 address")]
    [InlineData("fs-0a1b2c3d", "subnet-0a1b2c3d", "::1", "mountTarget.ipAddress: '::1' is not an IPv4 address")]
    public async Task CreateAsync_WhenInputIsMalformed_ShouldFailWithValidationErrorBeforeAnyCall(string fileSystemId, string subnetId, string? ipAddress, string expected)
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => manager.CreateAsync(Input(fileSystemId, subnetId, ipAddress), CancellationToken.None));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(efs.Calls);
    }

    [Fact]
    public async Task CreateAsync_WhenMoreThanFiveSecurityGroupsAreGiven_ShouldFailWithValidationError()
    {
        var input = new CreateMountTargetInput
        {
            FileSystemId = "fs-0a1b2c3d",
            MountTarget = new MountTargetRequest { SubnetId = "subnet-0a1b2c3d", SecurityGroups = ["sg-0a000001", "sg-0a000002", "sg-0a000003", "sg-0a000004", "sg-0a000005", "sg-0a000006"] },
        };

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => manager.CreateAsync(input, CancellationToken.None));

        Assert.Contains("mountTarget.securityGroups: must name 1 to 5 security groups", error.Message, StringComparison.Ordinal);
        Assert.Empty(efs.Calls);
    }

    [Fact]
    public async Task DescribeAsync_WhenAllExpectedAreAvailable_ShouldBeReadyAndListEachWithItsNetworkDetails()
    {
        var fileSystemId = await OwnedFileSystemAsync();
        var a = await manager.CreateAsync(Input(fileSystemId, "subnet-0a000001"), CancellationToken.None);
        var b = await manager.CreateAsync(Input(fileSystemId, "subnet-0b000002"), CancellationToken.None);
        efs.SetMountTargetState(a.MountTarget.MountTargetId, "available");

        var pending = await manager.DescribeAsync(new DescribeMountTargetsInput { FileSystemId = fileSystemId, ExpectedCount = 2, Since = Start }, CancellationToken.None);
        efs.SetMountTargetState(b.MountTarget.MountTargetId, "available");
        clock.Now = Start.AddSeconds(90);
        var ready = await manager.DescribeAsync(new DescribeMountTargetsInput { FileSystemId = fileSystemId, ExpectedCount = 2, Since = Start }, CancellationToken.None);

        Assert.False(pending.Ready);
        Assert.False(pending.Failed);
        Assert.Equal(60, pending.WaitSeconds);
        Assert.True(ready.Ready);
        Assert.Equal(9, ready.WaitSeconds);
        Assert.Equal(Start.AddSeconds(90), ready.CheckedAt);
        Assert.Equal(
            [new MountTargetSummary(a.MountTarget.MountTargetId, "subnet-0a000001", "us-east-1a", "172.31.0.10", "eni-00000000000000001", "available"),
             new MountTargetSummary(b.MountTarget.MountTargetId, "subnet-0b000002", "us-east-1b", "172.31.1.10", "eni-00000000000000002", "available")],
            ready.MountTargets);
    }

    [Fact]
    public async Task DescribeAsync_WhenFewerThanExpectedExist_ShouldNotBeReady()
    {
        var fileSystemId = await OwnedFileSystemAsync();
        var created = await manager.CreateAsync(Input(fileSystemId), CancellationToken.None);
        efs.SetMountTargetState(created.MountTarget.MountTargetId, "available");

        var status = await manager.DescribeAsync(new DescribeMountTargetsInput { FileSystemId = fileSystemId, ExpectedCount = 2 }, CancellationToken.None);

        Assert.False(status.Ready);
        Assert.False(status.Failed);
    }

    [Theory]
    [InlineData("error")]
    [InlineData("deleting")]
    public async Task DescribeAsync_WhenAnExpectedMountTargetWillNotBecomeAvailable_ShouldBeFailed(string state)
    {
        var fileSystemId = await OwnedFileSystemAsync();
        var created = await manager.CreateAsync(Input(fileSystemId), CancellationToken.None);
        efs.SetMountTargetState(created.MountTarget.MountTargetId, state);

        var status = await manager.DescribeAsync(new DescribeMountTargetsInput { FileSystemId = fileSystemId, ExpectedCount = 1 }, CancellationToken.None);

        Assert.True(status.Failed);
        Assert.False(status.Ready);
    }

    [Fact]
    public async Task DescribeAsync_WhenTheFileSystemHasNoneLeftOrIsGone_ShouldBeGone()
    {
        var fileSystemId = await OwnedFileSystemAsync();
        var created = await manager.CreateAsync(Input(fileSystemId), CancellationToken.None);

        var before = await manager.DescribeAsync(new DescribeMountTargetsInput { FileSystemId = fileSystemId }, CancellationToken.None);
        efs.RemoveMountTarget(created.MountTarget.MountTargetId);
        var after = await manager.DescribeAsync(new DescribeMountTargetsInput { FileSystemId = fileSystemId }, CancellationToken.None);
        efs.Remove(fileSystemId);
        var fileSystemGone = await manager.DescribeAsync(new DescribeMountTargetsInput { FileSystemId = fileSystemId }, CancellationToken.None);

        Assert.False(before.Gone);
        Assert.True(after.Gone);
        Assert.True(fileSystemGone.Gone);
    }

    [Fact]
    public async Task DeleteAllAsync_WhenTheFileSystemIsOurs_ShouldDeleteEveryMountTargetOnceEvenWhenRetried()
    {
        var fileSystemId = await OwnedFileSystemAsync();
        var a = await manager.CreateAsync(Input(fileSystemId, "subnet-0a000001"), CancellationToken.None);
        var b = await manager.CreateAsync(Input(fileSystemId, "subnet-0b000002"), CancellationToken.None);

        var deletion = await manager.DeleteAllAsync(new DeleteMountTargetsInput { FileSystemId = fileSystemId, TimeoutSeconds = 300 }, CancellationToken.None);
        var retried = await manager.DeleteAllAsync(new DeleteMountTargetsInput { FileSystemId = fileSystemId, TimeoutSeconds = 300 }, CancellationToken.None);

        Assert.Equal([a.MountTarget.MountTargetId, b.MountTarget.MountTargetId], deletion.DeletingMountTargetIds);
        Assert.Equal(deletion.DeletingMountTargetIds, retried.DeletingMountTargetIds);
        Assert.Equal(2, efs.Calls.Count(call => call == "DeleteMountTarget"));
        Assert.All(efs.MountTargets, mountTarget => Assert.Equal("deleting", mountTarget.LifeCycleState));
        Assert.Equal(Start.AddSeconds(300), deletion.Deadline);
    }

    [Fact]
    public async Task DescribeAsync_WhenAMountTargetAppearsAfterTheDeletion_ShouldCountItAsNotDeletingSoTheWorkflowDeletesAgain()
    {
        var fileSystemId = await OwnedFileSystemAsync();
        await manager.CreateAsync(Input(fileSystemId, "subnet-0a000001"), CancellationToken.None);
        await manager.DeleteAllAsync(new DeleteMountTargetsInput { FileSystemId = fileSystemId }, CancellationToken.None);

        var onlyDeleting = await manager.DescribeAsync(new DescribeMountTargetsInput { FileSystemId = fileSystemId }, CancellationToken.None);
        await manager.CreateAsync(Input(fileSystemId, "subnet-0b000002"), CancellationToken.None);
        var withLateArrival = await manager.DescribeAsync(new DescribeMountTargetsInput { FileSystemId = fileSystemId }, CancellationToken.None);
        var deletedAgain = await manager.DeleteAllAsync(new DeleteMountTargetsInput { FileSystemId = fileSystemId }, CancellationToken.None);

        Assert.Equal((false, 0), (onlyDeleting.Gone, onlyDeleting.NotDeletingCount));
        Assert.Equal(1, withLateArrival.NotDeletingCount);
        Assert.Equal(2, deletedAgain.DeletingMountTargetIds.Count);
        Assert.Equal(2, efs.Calls.Count(call => call == "DeleteMountTarget"));
    }

    [Fact]
    public async Task DeleteAllAsync_WhenTheFileSystemIsNotOurs_ShouldRefuseWithNotOwnedAndDeleteNothing()
    {
        efs.Add(new FileSystemDescription { FileSystemId = "fs-0f0e0d0c0b", LifeCycleState = "available", Tags = [new Tag("Name", "theirs")] });

        var error = await Assert.ThrowsAsync<NotOwnedException>(() => manager.DeleteAllAsync(new DeleteMountTargetsInput { FileSystemId = "fs-0f0e0d0c0b" }, CancellationToken.None));

        Assert.Equal(ErrorNames.NotOwned, error.ErrorType);
        Assert.Contains("\"force\": true", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DeleteMountTarget", efs.Calls);
    }

    [Fact]
    public async Task DeleteAllAsync_WhenForcedOnAFileSystemThatIsNotOurs_ShouldDeleteItsMountTargets()
    {
        efs.Add(new FileSystemDescription { FileSystemId = "fs-0f0e0d0c0b", LifeCycleState = "available" });
        var created = await manager.CreateAsync(Input("fs-0f0e0d0c0b"), CancellationToken.None);

        var deletion = await manager.DeleteAllAsync(new DeleteMountTargetsInput { FileSystemId = "fs-0f0e0d0c0b", Force = true }, CancellationToken.None);

        Assert.Equal([created.MountTarget.MountTargetId], deletion.DeletingMountTargetIds);
    }

    [Fact]
    public async Task DeleteAllAsync_WhenRollingBackAFileSystemOfAnotherRequest_ShouldRefuseWithNotOwned()
    {
        var fileSystemId = await OwnedFileSystemAsync("req-other");

        var error = await Assert.ThrowsAsync<NotOwnedException>(() => manager.DeleteAllAsync(new DeleteMountTargetsInput { FileSystemId = fileSystemId, CreatedByRequestId = "req-1" }, CancellationToken.None));

        Assert.Contains("was not created by request 'req-1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteAllAsync_WhenTheFileSystemIsAlreadyGone_ShouldReportNothingToDelete()
    {
        var deletion = await manager.DeleteAllAsync(new DeleteMountTargetsInput { FileSystemId = "fs-00000000dead" }, CancellationToken.None);

        Assert.Empty(deletion.DeletingMountTargetIds);
        Assert.Equal(Start.AddMinutes(30), deletion.Deadline);
    }
}
