using System.Text.Json;
using StorageOps.Aws.DocDbElastic;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.DocDbElastic;

/// <summary>
/// Every <see cref="IDocDbElasticClient"/> operation against a server that answers the smallest valid restJson1 response,
/// <c>200 {}</c>: each call sends one request and returns; an unreadable response is one <see cref="AwsResponseFormatException"/>.
/// </summary>
public sealed class DocDbElasticClientMinimalResponseTests
{
    private const string SnapshotArn = "arn:aws:docdb-elastic:us-east-1:111122223333:cluster-snapshot/0123abcd";
    private const string ClusterArn = "arn:aws:docdb-elastic:us-east-1:111122223333:cluster/0123abcd";
    private static readonly JsonSerializerOptions ModelNames = new(JsonSerializerDefaults.Web);

    private static readonly Dictionary<string, string[]> Inputs = new()
    {
        ["CopyClusterSnapshot"] = [$$"""{"snapshotArn":"{{SnapshotArn}}","targetSnapshotName":"copy-1"}"""],
        ["GetClusterSnapshot"] = [$$"""{"snapshotArn":"{{SnapshotArn}}"}"""],
        ["ListClusterSnapshots"] = ["{}"],
        ["DeleteClusterSnapshot"] = [$$"""{"snapshotArn":"{{SnapshotArn}}"}"""],
        ["ListClusters"] = ["{}"],
        ["GetCluster"] = [$$"""{"clusterArn":"{{ClusterArn}}"}"""],
        ["ListTagsForResource"] = [$$"""{"resourceArn":"{{ClusterArn}}"}"""],
        ["TagResource"] = [$$$"""{"resourceArn":"{{{ClusterArn}}}","tags":{"k":"v"}}"""],
        ["UntagResource"] = [$$"""{"resourceArn":"{{ClusterArn}}","tagKeys":["k"]}"""],
    };

    public static TheoryData<string> Operations => ClientOperations.NamesOf(typeof(IDocDbElasticClient));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_WhenServiceAnswersTheMinimalValidResponse_ShouldSendOneRequestAndReturn(string operation)
    {
        Assert.True(Inputs.TryGetValue(operation, out var inputs), $"{operation} has no sample input in {nameof(DocDbElasticClientMinimalResponseTests)}.");
        foreach (var input in inputs)
        {
            await using var server = new CaptureServer();
            server.Respond(CannedResponse.Json(200, "{}"));
            using var client = DocDbElasticTestClients.For(server.Endpoint);

            await ClientOperations.InvokeAsync(client, typeof(IDocDbElasticClient), operation, input, ModelNames);

            Assert.Single(server.Requests);
        }
    }

    [Fact]
    public async Task CopyClusterSnapshotAsync_WhenMinimalResponse_ShouldReturnNoSnapshot()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, "{}"));
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        var copied = await client.CopyClusterSnapshotAsync(new CopyClusterSnapshotRequest { SnapshotArn = SnapshotArn, TargetSnapshotName = "copy-1" });

        Assert.Null(copied.Snapshot);
    }

    [Theory]
    [InlineData("""{"snapshot":{"status":5}}""", "snapshot.status")]
    [InlineData("""{"snapshot":"arn"}""", "snapshot")]
    [InlineData("""{"snapshot":{"subnetIds":[1,2]}}""", "snapshot.subnetIds[0]")]
    public async Task GetClusterSnapshotAsync_WhenAMemberHasTheWrongType_ShouldThrowResponseFormatErrorWithoutRetrying(string body, string member)
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, body, ("x-amzn-RequestId", "req-format")));
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        var error = await Assert.ThrowsAsync<AwsResponseFormatException>(() => client.GetClusterSnapshotAsync(new GetClusterSnapshotRequest { SnapshotArn = SnapshotArn }));

        Assert.Equal("DocDB Elastic", error.ServiceId);
        Assert.Equal("GetClusterSnapshot", error.Operation);
        Assert.Equal(member, error.Member);
        Assert.Equal("req-format", error.RequestId);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ListTagsForResourceAsync_WhenATagValueIsNotAString_ShouldNameTheTag()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, """{"tags":{"a":"b","n":1}}"""));
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        var error = await Assert.ThrowsAsync<AwsResponseFormatException>(() => client.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = ClusterArn }));

        Assert.Equal("tags.n", error.Member);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task DeleteClusterSnapshotAsync_WhenBodyIsNotJson_ShouldThrowResponseFormatErrorWithoutRetrying()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, "<Error>gateway</Error>", ("x-amzn-RequestId", "req-html")));
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        var error = await Assert.ThrowsAsync<AwsResponseFormatException>(() => client.DeleteClusterSnapshotAsync(new DeleteClusterSnapshotRequest { SnapshotArn = SnapshotArn }));

        Assert.Equal("DeleteClusterSnapshot", error.Operation);
        Assert.Null(error.Member);
        Assert.Equal("req-html", error.RequestId);
        Assert.Single(server.Requests);
    }
}
