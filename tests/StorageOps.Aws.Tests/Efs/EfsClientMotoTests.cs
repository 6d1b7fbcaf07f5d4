using Amazon.Runtime;
using StorageOps.Aws.Efs;
using StorageOps.Aws.Tests.Support;
using StorageOps.Testing;

namespace StorageOps.Aws.Tests.Efs;

/// <summary><see cref="EfsClient"/> against moto_server, an EFS implementation nobody here wrote.</summary>
public sealed class EfsClientMotoTests(MotoServer moto) : IClassFixture<MotoServer>, IAsyncLifetime
{
    private readonly EfsClient client = new(new AwsClientSettings
    {
        Region = "us-east-1",
        ServiceUrl = moto.Endpoint.ToString(),
        Credentials = new BasicAWSCredentials("testing", "testing"),
        Timeout = Bounded.HttpAttempt,
    });

    public Task InitializeAsync() => moto.ResetAsync().WithinAsync(Bounded.Call, "moto_server reset");

    public Task DisposeAsync()
    {
        client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task CreateFileSystemAsync_WhenNew_ShouldReturnDescriptionThatDescribeFindsByIdAndToken()
    {
        var created = await client.CreateFileSystemAsync(new CreateFileSystemRequest
        {
            CreationToken = "moto-create",
            PerformanceMode = "generalPurpose",
            Encrypted = true,
            ThroughputMode = "provisioned",
            ProvisionedThroughputInMibps = 64,
            Backup = true,
            Tags = [new Tag("Name", "moto file system"), new Tag("owner", "storageops")],
        });

        Assert.StartsWith("fs-", created.FileSystemId, StringComparison.Ordinal);
        Assert.Equal("moto-create", created.CreationToken);
        Assert.Equal("provisioned", created.ThroughputMode);
        Assert.Equal(64, created.ProvisionedThroughputInMibps);
        Assert.True(created.Encrypted);
        Assert.Equal("moto file system", created.Name);
        Assert.Contains(new Tag("owner", "storageops"), created.Tags);
        Assert.NotNull(created.CreationTime);

        var byId = await client.DescribeFileSystemsAsync(new DescribeFileSystemsRequest { FileSystemId = created.FileSystemId });
        var byToken = await client.DescribeFileSystemsAsync(new DescribeFileSystemsRequest { CreationToken = "moto-create" });

        Assert.Equal(created.FileSystemId, Assert.Single(byId.FileSystems).FileSystemId);
        Assert.Equal(created.FileSystemId, Assert.Single(byToken.FileSystems).FileSystemId);
        Assert.Contains(created.LifeCycleState, new[] { "creating", "available" });
    }

    [Fact]
    public async Task CreateFileSystemAsync_WhenTokenAlreadyUsed_ShouldThrowFileSystemAlreadyExistsWithExistingId()
    {
        var first = await client.CreateFileSystemAsync(new CreateFileSystemRequest { CreationToken = "moto-duplicate" });

        var exception = await Assert.ThrowsAsync<FileSystemAlreadyExistsException>(
            () => client.CreateFileSystemAsync(new CreateFileSystemRequest { CreationToken = "moto-duplicate" }));

        Assert.Equal(first.FileSystemId, exception.FileSystemId);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, exception.StatusCode);
    }

    [Fact]
    public async Task DescribeFileSystemsAsync_WhenIdUnknown_ShouldThrowFileSystemNotFound()
    {
        var exception = await Assert.ThrowsAsync<FileSystemNotFoundException>(
            () => client.DescribeFileSystemsAsync(new DescribeFileSystemsRequest { FileSystemId = "fs-00000000000000000" }));

        Assert.Equal("FileSystemNotFound", exception.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, exception.StatusCode);
    }

    [Fact]
    public async Task DescribeFileSystemsAsync_WhenMaxItemsSmallerThanCount_ShouldReturnPagesLinkedByNextMarker()
    {
        var created = await CreateAsync("page-a", "page-b", "page-c");

        var first = await client.DescribeFileSystemsAsync(new DescribeFileSystemsRequest { MaxItems = 2 });
        var second = await client.DescribeFileSystemsAsync(new DescribeFileSystemsRequest { MaxItems = 2, Marker = first.NextMarker });

        Assert.Equal(2, first.FileSystems.Count);
        Assert.NotNull(first.NextMarker);
        Assert.Single(second.FileSystems);
        Assert.Equal(first.NextMarker, second.Marker);
        Assert.Null(second.NextMarker);
        Assert.Equal(created.Order(), first.FileSystems.Concat(second.FileSystems).Select(fs => fs.FileSystemId).Order());
    }

    [Fact]
    public async Task DescribeAllFileSystemsAsync_WhenMaxItemsIsOne_ShouldFollowNextMarkerToEveryFileSystem()
    {
        var created = await CreateAsync("all-a", "all-b", "all-c");

        var described = new List<string>();
        await foreach (var fileSystem in client.DescribeAllFileSystemsAsync(new DescribeFileSystemsRequest { MaxItems = 1 }))
        {
            described.Add(fileSystem.FileSystemId!);
        }

        Assert.Equal(created.Order(), described.Order());
    }

    [Fact]
    public async Task DescribeAllFileSystemsAsync_WhenCalledThroughTheInterface_ShouldFollowNextMarker()
    {
        var created = await CreateAsync("iface-a", "iface-b");
        IEfsClient efs = client;

        var described = new List<string>();
        await foreach (var fileSystem in efs.DescribeAllFileSystemsAsync(new DescribeFileSystemsRequest { MaxItems = 1 }))
        {
            described.Add(fileSystem.FileSystemId!);
        }

        Assert.Equal(created.Order(), described.Order());
    }

    private async Task<List<string>> CreateAsync(params string[] tokens)
    {
        var ids = new List<string>();
        foreach (var token in tokens)
        {
            ids.Add((await client.CreateFileSystemAsync(new CreateFileSystemRequest { CreationToken = token })).FileSystemId!);
        }

        return ids;
    }
}
