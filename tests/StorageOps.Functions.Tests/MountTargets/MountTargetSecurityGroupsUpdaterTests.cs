using StorageOps.Functions.Errors;
using StorageOps.Functions.MountTargets;
using StorageOps.Functions.Requests;
using StorageOps.Functions.Tests.Replication;

namespace StorageOps.Functions.Tests.MountTargets;

public sealed class MountTargetSecurityGroupsUpdaterTests
{
    private const string FileSystemId = "fs-0123456789abcdef0";
    private const string MountTargetId = "fsmt-0123456789abcdef0";
    private const string OtherMountTargetId = "fsmt-0fedcba9876543210";
    private const string OldGroup = "sg-0123456789abcdef0";
    private const string NewGroup = "sg-0fedcba9876543210";
    private readonly RegionalEfs efs = new();
    private readonly MountTargetSecurityGroupsUpdater updater;

    public MountTargetSecurityGroupsUpdaterTests()
    {
        updater = new MountTargetSecurityGroupsUpdater(efs.Clients());
    }

    private static ModifyMountTargetSecurityGroupsInput Input(string mountTargetId, params string[] groups) => new()
    {
        FileSystemId = FileSystemId,
        MountTargetSecurityGroups = [new MountTargetSecurityGroupsRequest { MountTargetId = mountTargetId, SecurityGroups = groups }],
    };

    [Fact]
    public async Task ModifyAsync_WhenTheGroupsDiffer_ShouldReplaceThem()
    {
        efs.AddFileSystem(FileSystemId, owned: true);
        efs.AddMountTarget(MountTargetId, FileSystemId, OldGroup);

        var update = await updater.ModifyAsync(Input(MountTargetId, NewGroup), CancellationToken.None);

        Assert.True(Assert.Single(update.MountTargets).Changed);
        Assert.Equal([NewGroup], efs.SecurityGroupsOf(MountTargetId));
    }

    [Fact]
    public async Task ModifyAsync_WhenTheGroupsAlreadyMatch_ShouldNotModify()
    {
        efs.AddFileSystem(FileSystemId, owned: true);
        efs.AddMountTarget(MountTargetId, FileSystemId, OldGroup);

        var update = await updater.ModifyAsync(Input(MountTargetId, OldGroup), CancellationToken.None);

        Assert.False(Assert.Single(update.MountTargets).Changed);
        Assert.DoesNotContain(efs.Calls, call => call.EndsWith("ModifyMountTargetSecurityGroups", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ModifyAsync_WhenTheMountTargetBelongsToAnotherFileSystem_ShouldFailWithValidationErrorAndModifyNothing()
    {
        efs.AddFileSystem(FileSystemId, owned: true);
        efs.AddMountTarget(OtherMountTargetId, "fs-0aaaaaaaaaaaaaaa0", OldGroup);

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => updater.ModifyAsync(Input(OtherMountTargetId, NewGroup), CancellationToken.None));

        Assert.Equal($"mountTargetSecurityGroups: {OtherMountTargetId} is not a mount target of {FileSystemId}", error.Message);
        Assert.Equal([OldGroup], efs.SecurityGroupsOf(OtherMountTargetId));
    }

    [Fact]
    public async Task ModifyAsync_WhenTheFileSystemIsNotOurs_ShouldFailWithNotOwned()
    {
        efs.AddFileSystem(FileSystemId, owned: false);
        efs.AddMountTarget(MountTargetId, FileSystemId, OldGroup);

        var error = await Assert.ThrowsAsync<NotOwnedException>(() => updater.ModifyAsync(Input(MountTargetId, NewGroup), CancellationToken.None));

        Assert.Equal(ErrorNames.NotOwned, error.ErrorType);
        Assert.Equal([OldGroup], efs.SecurityGroupsOf(MountTargetId));
    }

    [Theory]
    [InlineData("fsmt-zz", "sg-0123456789abcdef0", "mountTargetSecurityGroups[0].mountTargetId: 'fsmt-zz' is not a mount target id")]
    [InlineData("fsmt-0123456789abcdef0", "default", "mountTargetSecurityGroups[0].securityGroups: 'default' is not a security group id")]
    public async Task ModifyAsync_WhenTheInputIsInvalid_ShouldFailWithValidationErrorBeforeAnyAwsCall(string mountTargetId, string group, string expected)
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => updater.ModifyAsync(Input(mountTargetId, group), CancellationToken.None));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(efs.Calls);
    }
}
