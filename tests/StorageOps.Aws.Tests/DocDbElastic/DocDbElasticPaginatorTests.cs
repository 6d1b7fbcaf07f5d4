using StorageOps.Aws.DocDbElastic;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.DocDbElastic;

/// <summary>The DocumentDB Elastic paginators followed to the last page against canned multi-page responses.</summary>
public sealed class DocDbElasticPaginatorTests
{
    [Fact]
    public async Task ListAllClusterSnapshotsAsync_WhenThreePagesLinkedByNextToken_ShouldYieldEverySnapshotAndKeepTheFilters()
    {
        await using var server = new CaptureServer();
        server.Respond(
            CannedResponse.Json(200, Page("snapshots", Snapshot("a"), "t/2+")),
            CannedResponse.Json(200, """{"snapshots":[],"nextToken":"t3"}"""),
            CannedResponse.Json(200, Page("snapshots", Snapshot("b") + "," + Snapshot("c"), null)));
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        var names = new List<string>();
        await foreach (var snapshot in client.ListAllClusterSnapshotsAsync(new ListClusterSnapshotsRequest
        {
            ClusterArn = DocDbElasticBodies.ClusterArn,
            SnapshotType = "automated",
            MaxResults = 20,
        }))
        {
            names.Add(snapshot.SnapshotName!);
        }

        Assert.Equal(["a", "b", "c"], names);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(
            [("clusterArn", DocDbElasticBodies.ClusterArn), ("maxResults", "20"), ("nextToken", "t/2+"), ("snapshotType", "automated")],
            server.Requests[1].QueryParameters);
        Assert.Contains(("nextToken", "t3"), server.Requests[2].QueryParameters);
    }

    [Fact]
    public async Task ListAllClustersAsync_WhenCalledThroughTheInterface_ShouldFollowNextToken()
    {
        await using var server = new CaptureServer();
        server.Respond(
            CannedResponse.Json(200, Page("clusters", Cluster("orders"), "n2")),
            CannedResponse.Json(200, Page("clusters", Cluster("billing"), null)));
        using var client = DocDbElasticTestClients.For(server.Endpoint);
        IDocDbElasticClient docdb = client;

        var names = new List<string>();
        await foreach (var cluster in docdb.ListAllClustersAsync(new ListClustersRequest { MaxResults = 1 }))
        {
            names.Add(cluster.ClusterName!);
        }

        Assert.Equal(["orders", "billing"], names);
        Assert.Equal([("maxResults", "1"), ("nextToken", "n2")], server.Requests[1].QueryParameters);
    }

    private static string Page(string member, string items, string? nextToken) =>
        nextToken is null ? $$"""{"{{member}}":[{{items}}]}""" : $$"""{"{{member}}":[{{items}}],"nextToken":"{{nextToken}}"}""";

    private static string Snapshot(string name) =>
        $$"""{"clusterArn":"{{DocDbElasticBodies.ClusterArn}}","snapshotArn":"arn:aws:docdb-elastic:us-east-1:111122223333:cluster-snapshot/{{name}}","snapshotCreationTime":"2024-03-02T04:00:00Z","snapshotName":"{{name}}","status":"ACTIVE"}""";

    private static string Cluster(string name) =>
        $$"""{"clusterArn":"arn:aws:docdb-elastic:us-east-1:111122223333:cluster/{{name}}","clusterName":"{{name}}","status":"ACTIVE"}""";
}
