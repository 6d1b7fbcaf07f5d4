using StorageOps.Aws.Efs;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.Efs;

/// <summary>The EFS paginators followed to the last page against canned multi-page responses.</summary>
public sealed class EfsPaginatorTests
{
    private const string Replication = """
        {"SourceFileSystemId":"fs-0123456789abcdef{0}","SourceFileSystemRegion":"us-east-1","SourceFileSystemArn":"a","OriginalSourceFileSystemArn":"a",
         "CreationTime":1700000000,"Destinations":[{"Status":"ENABLED","FileSystemId":"fs-0fedcba987654321{0}","Region":"us-west-2"}]}
        """;

    [Fact]
    public async Task DescribeAllTagsAsync_WhenThreePagesLinkedByNextMarker_ShouldYieldEveryTagAndSendEachMarker()
    {
        await using var server = new CaptureServer();
        server.Respond(
            CannedResponse.Json(200, """{"Tags":[{"Key":"a","Value":"1"}],"NextMarker":"m/2+"}"""),
            CannedResponse.Json(200, """{"Marker":"m/2+","Tags":[{"Key":"b","Value":"2"}],"NextMarker":"m3"}"""),
            CannedResponse.Json(200, """{"Marker":"m3","Tags":[{"Key":"c","Value":"3"}]}"""));
        using var client = EfsTestClients.For(server.Endpoint);

        var tags = await ToListAsync(client.DescribeAllTagsAsync(new DescribeTagsRequest { FileSystemId = "fs-01234567", MaxItems = 1 }));

        Assert.Equal([new Tag("a", "1"), new Tag("b", "2"), new Tag("c", "3")], tags);
        Assert.Equal(
            [[("MaxItems", "1")], [("Marker", "m/2+"), ("MaxItems", "1")], [("Marker", "m3"), ("MaxItems", "1")]],
            server.Requests.Select(request => request.QueryParameters).ToList());
    }

    [Fact]
    public async Task ListAllTagsForResourceAsync_WhenTwoPagesLinkedByNextToken_ShouldYieldEveryTag()
    {
        await using var server = new CaptureServer();
        server.Respond(
            CannedResponse.Json(200, """{"Tags":[{"Key":"a","Value":"1"},{"Key":"b","Value":"2"}],"NextToken":"t2"}"""),
            CannedResponse.Json(200, """{"Tags":[{"Key":"c","Value":"3"}]}"""));
        using var client = EfsTestClients.For(server.Endpoint);

        var tags = await ToListAsync(client.ListAllTagsForResourceAsync(new ListTagsForResourceRequest { ResourceId = "fs-01234567", MaxResults = 2 }));

        Assert.Equal(["a", "b", "c"], tags.Select(tag => tag.Key));
        Assert.Equal([("MaxResults", "2"), ("NextToken", "t2")], server.Requests[1].QueryParameters);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task DescribeAllReplicationConfigurationsAsync_WhenThreePagesLinkedByNextToken_ShouldYieldEveryConfiguration()
    {
        await using var server = new CaptureServer();
        server.Respond(
            CannedResponse.Json(200, $$"""{"Replications":[{{Replication.Replace("{0}", "1", StringComparison.Ordinal)}}],"NextToken":"p2"}"""),
            CannedResponse.Json(200, """{"Replications":[],"NextToken":"p3"}"""),
            CannedResponse.Json(200, $$"""{"Replications":[{{Replication.Replace("{0}", "2", StringComparison.Ordinal)}}]}"""));
        using var client = EfsTestClients.For(server.Endpoint);

        var replications = await ToListAsync(client.DescribeAllReplicationConfigurationsAsync(new DescribeReplicationConfigurationsRequest()));

        Assert.Equal(["fs-0123456789abcdef1", "fs-0123456789abcdef2"], replications.Select(replication => replication.SourceFileSystemId));
        Assert.Equal(
            [[], [("NextToken", "p2")], [("NextToken", "p3")]],
            server.Requests.Select(request => request.QueryParameters).ToList());
    }

    [Fact]
    public async Task DescribeAllMountTargetsAsync_WhenCalledThroughTheInterface_ShouldFollowNextMarker()
    {
        await using var server = new CaptureServer();
        server.Respond(
            CannedResponse.Json(200, """{"MountTargets":[{"MountTargetId":"fsmt-00000001","FileSystemId":"fs-01234567","SubnetId":"subnet-00000001","LifeCycleState":"available"}],"NextMarker":"n"}"""),
            CannedResponse.Json(200, """{"MountTargets":[{"MountTargetId":"fsmt-00000002","FileSystemId":"fs-01234567","SubnetId":"subnet-00000002","LifeCycleState":"creating"}]}"""));
        using var client = EfsTestClients.For(server.Endpoint);
        IEfsClient efs = client;

        var mountTargets = await ToListAsync(efs.DescribeAllMountTargetsAsync(new DescribeMountTargetsRequest { FileSystemId = "fs-01234567" }));

        Assert.Equal(["fsmt-00000001", "fsmt-00000002"], mountTargets.Select(mountTarget => mountTarget.MountTargetId));
        Assert.Equal([("FileSystemId", "fs-01234567"), ("Marker", "n")], server.Requests[1].QueryParameters);
    }

    [Fact]
    public async Task DescribeAllTagsAsync_WhenServiceRepeatsAMarker_ShouldStopInsteadOfLoopingForever()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, """{"Tags":[{"Key":"a","Value":"1"}],"NextMarker":"same"}"""));
        using var client = EfsTestClients.For(server.Endpoint);

        await Assert.ThrowsAsync<InvalidOperationException>(() => ToListAsync(client.DescribeAllTagsAsync(new DescribeTagsRequest { FileSystemId = "fs-01234567" })));

        Assert.Equal(2, server.Requests.Count);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
