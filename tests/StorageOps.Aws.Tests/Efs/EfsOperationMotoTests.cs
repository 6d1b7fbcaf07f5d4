using System.Net;
using Amazon.Runtime;
using StorageOps.Aws.Efs;
using StorageOps.Aws.Tests.Support;
using StorageOps.Testing;

namespace StorageOps.Aws.Tests.Efs;

/// <summary>
/// Every EFS operation moto_server 5.2.1 implements beyond CreateFileSystem/DescribeFileSystems: DeleteFileSystem, mount
/// targets, their security groups, TagResource/UntagResource/ListTagsForResource. (moto has no UpdateFileSystem, the
/// deprecated tag operations, replication or file system protection; those are covered by the capture-server tests.)
/// </summary>
public sealed class EfsOperationMotoTests(MotoServer moto) : IClassFixture<MotoServer>, IAsyncLifetime
{
    private readonly EfsClient client = new(new AwsClientSettings
    {
        Region = "us-east-1",
        ServiceUrl = moto.Endpoint.ToString(),
        Credentials = new BasicAWSCredentials("testing", "testing"),
        Timeout = Bounded.HttpAttempt,
    });

    private MotoDefaultNetwork network = null!;

    public async Task InitializeAsync()
    {
        await moto.ResetAsync().WithinAsync(Bounded.Call, "moto_server reset");
        network = await MotoDefaultNetwork.ReadAsync(moto);
    }

    public Task DisposeAsync()
    {
        client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task DeleteFileSystemAsync_WhenFileSystemHasNoMountTargets_ShouldRemoveIt()
    {
        var created = await client.CreateFileSystemAsync(new CreateFileSystemRequest { CreationToken = "moto-delete" });

        await client.DeleteFileSystemAsync(new DeleteFileSystemRequest { FileSystemId = created.FileSystemId! });

        await Assert.ThrowsAsync<FileSystemNotFoundException>(
            () => client.DescribeFileSystemsAsync(new DescribeFileSystemsRequest { FileSystemId = created.FileSystemId }));
    }

    [Fact]
    public async Task DeleteFileSystemAsync_WhenFileSystemUnknown_ShouldThrowFileSystemNotFound()
    {
        var exception = await Assert.ThrowsAsync<FileSystemNotFoundException>(
            () => client.DeleteFileSystemAsync(new DeleteFileSystemRequest { FileSystemId = "fs-00000000" }));

        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
    }

    [Fact]
    public async Task DeleteFileSystemAsync_WhenMountTargetsRemain_ShouldThrowFileSystemInUse()
    {
        var fileSystem = await client.CreateFileSystemAsync(new CreateFileSystemRequest { CreationToken = "moto-in-use" });
        await client.CreateMountTargetAsync(new CreateMountTargetRequest { FileSystemId = fileSystem.FileSystemId!, SubnetId = network.Subnets[0].SubnetId });

        var exception = await Assert.ThrowsAsync<FileSystemInUseException>(
            () => client.DeleteFileSystemAsync(new DeleteFileSystemRequest { FileSystemId = fileSystem.FileSystemId! }));

        Assert.Equal(HttpStatusCode.Conflict, exception.StatusCode);
    }

    [Fact]
    public async Task CreateMountTargetAsync_WhenSubnetAndGroupsExist_ShouldReturnAMountTargetThatDescribeFinds()
    {
        var fileSystem = await client.CreateFileSystemAsync(new CreateFileSystemRequest { CreationToken = "moto-mount" });
        var group = await network.CreateSecurityGroupAsync("efs-mount");
        var subnet = network.Subnets[0];

        var created = await client.CreateMountTargetAsync(new CreateMountTargetRequest
        {
            FileSystemId = fileSystem.FileSystemId!,
            SubnetId = subnet.SubnetId,
            SecurityGroups = [group],
        });

        Assert.StartsWith("fsmt-", created.MountTargetId, StringComparison.Ordinal);
        Assert.Equal(fileSystem.FileSystemId, created.FileSystemId);
        Assert.Equal(subnet.SubnetId, created.SubnetId);
        Assert.Equal(subnet.VpcId, created.VpcId);
        Assert.Equal(subnet.AvailabilityZone, created.AvailabilityZoneName);
        Assert.Equal("available", created.LifeCycleState);
        Assert.NotNull(created.IpAddress);
        Assert.StartsWith("eni-", created.NetworkInterfaceId, StringComparison.Ordinal);

        var byFileSystem = await client.DescribeMountTargetsAsync(new DescribeMountTargetsRequest { FileSystemId = fileSystem.FileSystemId });
        var byId = await client.DescribeMountTargetsAsync(new DescribeMountTargetsRequest { MountTargetId = created.MountTargetId });
        Assert.Equal(created, Assert.Single(byFileSystem.MountTargets));
        Assert.Equal(created, Assert.Single(byId.MountTargets));
        var described = await client.DescribeFileSystemsAsync(new DescribeFileSystemsRequest { FileSystemId = fileSystem.FileSystemId });
        Assert.Equal(1, Assert.Single(described.FileSystems).NumberOfMountTargets);
    }

    [Fact]
    public async Task CreateMountTargetAsync_WhenSubnetUnknown_ShouldThrowSubnetNotFound()
    {
        var fileSystem = await client.CreateFileSystemAsync(new CreateFileSystemRequest { CreationToken = "moto-no-subnet" });

        await Assert.ThrowsAsync<SubnetNotFoundException>(() => client.CreateMountTargetAsync(
            new CreateMountTargetRequest { FileSystemId = fileSystem.FileSystemId!, SubnetId = "subnet-00000000000000000" }));
    }

    [Fact]
    public async Task CreateMountTargetAsync_WhenZoneAlreadyHasOne_ShouldThrowMountTargetConflict()
    {
        var fileSystem = await client.CreateFileSystemAsync(new CreateFileSystemRequest { CreationToken = "moto-conflict" });
        var request = new CreateMountTargetRequest { FileSystemId = fileSystem.FileSystemId!, SubnetId = network.Subnets[0].SubnetId };
        await client.CreateMountTargetAsync(request);

        await Assert.ThrowsAsync<MountTargetConflictException>(() => client.CreateMountTargetAsync(request));
    }

    [Fact]
    public async Task DeleteMountTargetAsync_WhenMountTargetExists_ShouldRemoveItSoTheFileSystemCanBeDeleted()
    {
        var fileSystem = await client.CreateFileSystemAsync(new CreateFileSystemRequest { CreationToken = "moto-teardown" });
        var mountTarget = await client.CreateMountTargetAsync(new CreateMountTargetRequest { FileSystemId = fileSystem.FileSystemId!, SubnetId = network.Subnets[0].SubnetId });

        await client.DeleteMountTargetAsync(new DeleteMountTargetRequest { MountTargetId = mountTarget.MountTargetId! });

        var remaining = await client.DescribeMountTargetsAsync(new DescribeMountTargetsRequest { FileSystemId = fileSystem.FileSystemId });
        Assert.Empty(remaining.MountTargets);
        await client.DeleteFileSystemAsync(new DeleteFileSystemRequest { FileSystemId = fileSystem.FileSystemId! });
        await Assert.ThrowsAsync<MountTargetNotFoundException>(
            () => client.DeleteMountTargetAsync(new DeleteMountTargetRequest { MountTargetId = mountTarget.MountTargetId! }));
    }

    [Fact]
    public async Task DescribeMountTargetsAsync_WhenMountTargetUnknown_ShouldThrowMountTargetNotFound()
    {
        await Assert.ThrowsAsync<MountTargetNotFoundException>(
            () => client.DescribeMountTargetsAsync(new DescribeMountTargetsRequest { MountTargetId = "fsmt-00000000" }));
    }

    [Fact]
    public async Task DescribeAllMountTargetsAsync_WhenMaxItemsIsOne_ShouldFollowNextMarkerToEveryMountTarget()
    {
        var fileSystem = await client.CreateFileSystemAsync(new CreateFileSystemRequest { CreationToken = "moto-paged-mounts" });
        var created = new List<string>();
        foreach (var subnet in network.Subnets.Take(3))
        {
            created.Add((await client.CreateMountTargetAsync(new CreateMountTargetRequest { FileSystemId = fileSystem.FileSystemId!, SubnetId = subnet.SubnetId })).MountTargetId!);
        }

        var firstPage = await client.DescribeMountTargetsAsync(new DescribeMountTargetsRequest { FileSystemId = fileSystem.FileSystemId, MaxItems = 1 });
        var described = new List<string>();
        await foreach (var mountTarget in client.DescribeAllMountTargetsAsync(new DescribeMountTargetsRequest { FileSystemId = fileSystem.FileSystemId, MaxItems = 1 }))
        {
            described.Add(mountTarget.MountTargetId!);
        }

        Assert.Single(firstPage.MountTargets);
        Assert.NotNull(firstPage.NextMarker);
        Assert.Equal(created.Order(), described.Order());
    }

    [Fact]
    public async Task ModifyMountTargetSecurityGroupsAsync_WhenGroupsExist_ShouldBeWhatDescribeSecurityGroupsReturns()
    {
        var fileSystem = await client.CreateFileSystemAsync(new CreateFileSystemRequest { CreationToken = "moto-groups" });
        var first = await network.CreateSecurityGroupAsync("efs-first");
        var second = await network.CreateSecurityGroupAsync("efs-second");
        var mountTarget = await client.CreateMountTargetAsync(new CreateMountTargetRequest
        {
            FileSystemId = fileSystem.FileSystemId!,
            SubnetId = network.Subnets[0].SubnetId,
            SecurityGroups = [first],
        });

        var before = await client.DescribeMountTargetSecurityGroupsAsync(new DescribeMountTargetSecurityGroupsRequest { MountTargetId = mountTarget.MountTargetId! });
        await client.ModifyMountTargetSecurityGroupsAsync(new ModifyMountTargetSecurityGroupsRequest { MountTargetId = mountTarget.MountTargetId!, SecurityGroups = [first, second] });
        var after = await client.DescribeMountTargetSecurityGroupsAsync(new DescribeMountTargetSecurityGroupsRequest { MountTargetId = mountTarget.MountTargetId! });

        Assert.Equal([first], before.SecurityGroups);
        Assert.Equal([first, second], after.SecurityGroups);
    }

    [Fact]
    public async Task DescribeMountTargetSecurityGroupsAsync_WhenMountTargetUnknown_ShouldThrowMountTargetNotFound()
    {
        await Assert.ThrowsAsync<MountTargetNotFoundException>(() => client.DescribeMountTargetSecurityGroupsAsync(
            new DescribeMountTargetSecurityGroupsRequest { MountTargetId = "fsmt-00000000" }));
    }

    [Fact]
    public async Task TagResourceAsync_WhenTagsAddedAndRemoved_ShouldBeWhatListTagsForResourceReturns()
    {
        var fileSystem = await client.CreateFileSystemAsync(new CreateFileSystemRequest { CreationToken = "moto-tags", Tags = [new Tag("Name", "tagged")] });

        await client.TagResourceAsync(new TagResourceRequest
        {
            ResourceId = fileSystem.FileSystemId!,
            Tags = [new Tag("owner", "storageops"), new Tag("team name", "a:b/c=d+e@f"), new Tag("empty", "")],
        });
        var tagged = await client.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceId = fileSystem.FileSystemId! });
        await client.UntagResourceAsync(new UntagResourceRequest { ResourceId = fileSystem.FileSystemId!, TagKeys = ["owner", "team name"] });
        var untagged = new List<Tag>();
        await foreach (var tag in client.ListAllTagsForResourceAsync(new ListTagsForResourceRequest { ResourceId = fileSystem.FileSystemId! }))
        {
            untagged.Add(tag);
        }

        Assert.Equal(
            new[] { new Tag("Name", "tagged"), new Tag("owner", "storageops"), new Tag("team name", "a:b/c=d+e@f"), new Tag("empty", "") }.OrderBy(t => t.Key, StringComparer.Ordinal),
            tagged.Tags.OrderBy(t => t.Key, StringComparer.Ordinal));
        Assert.Equal(new[] { new Tag("Name", "tagged"), new Tag("empty", "") }.OrderBy(t => t.Key, StringComparer.Ordinal), untagged.OrderBy(t => t.Key, StringComparer.Ordinal));
    }
}
