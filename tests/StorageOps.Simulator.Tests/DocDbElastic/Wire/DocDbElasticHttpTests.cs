using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.DocDbElastic;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.DocDbElastic.Wire;

public sealed class DocDbElasticHttpTests : IAsyncLifetime
{
    private static readonly AccountRegion Scope = new("123456789012", "us-east-1");

    private SimulatorHttp http = null!;

    public async Task InitializeAsync() => http = await SimulatorHttp.StartAsync();

    public async Task DisposeAsync() => await http.DisposeAsync();

    [Fact]
    public async Task CopyClusterSnapshot_WhenArnPercentEncodedInOnePathSegment_ShouldReturnTheSnapshotJsonExactly()
    {
        var source = LatestCatalogAutomated();
        var cluster = http.Simulator.DocDbElastic.GetCluster(Scope, source.ClusterArn);

        using var response = await SendAsync(
            HttpMethod.Post,
            $"/cluster-snapshot/{Uri.EscapeDataString(source.SnapshotArn)}/copy",
            """{"targetSnapshotName":"nightly-copy","copyTags":false,"tags":{"owner":"storageops"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.Contains("x-amzn-RequestId"));
        var json = await SimulatorHttp.ReadObjectAsync(response);
        var arn = json["snapshot"]!["snapshotArn"]!.GetValue<string>();
        var expected = JsonNode.Parse($$"""
            {
              "snapshot": {
                "adminUserName": "docdbadmin",
                "clusterArn": "{{source.ClusterArn}}",
                "clusterCreationTime": "2025-12-02T12:00:00.000Z",
                "kmsKeyId": "{{source.KmsKeyId}}",
                "snapshotArn": "{{arn}}",
                "snapshotCreationTime": "2026-01-01T12:00:00.000Z",
                "snapshotName": "nightly-copy",
                "snapshotType": "MANUAL",
                "status": "CREATING",
                "subnetIds": {{new JsonArray([.. cluster.SubnetIds.Select(id => JsonValue.Create(id))]).ToJsonString()}},
                "vpcSecurityGroupIds": {{new JsonArray([.. cluster.VpcSecurityGroupIds.Select(id => JsonValue.Create(id))]).ToJsonString()}}
              }
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, json), json.ToJsonString());
        Assert.Equal(new Dictionary<string, string> { ["owner"] = "storageops" }, http.Simulator.DocDbElastic.ListTagsForResource(Scope, arn));
    }

    [Fact]
    public async Task CopyClusterSnapshot_WhenNameInvalid_ShouldSendValidationExceptionHeaderReasonAndFieldList()
    {
        var source = LatestCatalogAutomated();

        using var response = await SendAsync(HttpMethod.Post, $"/cluster-snapshot/{Uri.EscapeDataString(source.SnapshotArn)}/copy", """{"targetSnapshotName":"bad--name"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ValidationException", Assert.Single(response.Headers.GetValues("x-amzn-ErrorType")));
        var json = await SimulatorHttp.ReadObjectAsync(response);
        var message = json["message"]!.GetValue<string>();
        var expected = JsonNode.Parse($$"""
            {"message":{{JsonValue.Create(message).ToJsonString()}},"reason":"fieldValidationFailed","fieldList":[{"message":{{JsonValue.Create(message).ToJsonString()}},"name":"targetSnapshotName"}]}
            """);
        Assert.True(JsonNode.DeepEquals(expected, json), json.ToJsonString());
        Assert.Contains("bad--name", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetClusterSnapshot_WhenUnknown_ShouldSend404ResourceNotFoundWithResourceIdAndType()
    {
        const string arn = "arn:aws:docdb-elastic:us-east-1:123456789012:cluster-snapshot/00000000000000000000000000000000";

        using var response = await SendAsync(HttpMethod.Get, $"/cluster-snapshot/{Uri.EscapeDataString(arn)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ResourceNotFoundException", Assert.Single(response.Headers.GetValues("x-amzn-ErrorType")));
        var expected = JsonNode.Parse($$"""{"message":"Snapshot '{{arn}}' does not exist.","resourceId":"{{arn}}","resourceType":"snapshot"}""");
        var json = await SimulatorHttp.ReadObjectAsync(response);
        Assert.True(JsonNode.DeepEquals(expected, json), json.ToJsonString());
    }

    [Fact]
    public async Task ListClusterSnapshots_WhenFilteredAndPaged_ShouldReturnListShapesAndNextToken()
    {
        var catalog = LatestCatalogAutomated().ClusterArn;

        using var response = await SendAsync(HttpMethod.Get, $"/cluster-snapshots?clusterArn={Uri.EscapeDataString(catalog)}&snapshotType=automated&maxResults=20");
        var json = await SimulatorHttp.ReadObjectAsync(response);
        var snapshots = json["snapshots"]!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(json["nextToken"]);
        Assert.Equal(3, snapshots.Count);
        Assert.Equal(
            ["clusterArn", "snapshotArn", "snapshotCreationTime", "snapshotName", "status"],
            snapshots[0]!.AsObject().Select(member => member.Key));
        Assert.Equal("2025-12-29T12:00:00.000Z", snapshots[0]!["snapshotCreationTime"]!.GetValue<string>());
    }

    [Fact]
    public async Task ListClusters_WhenMaxResultsOne_ShouldReturnOneClusterAndANextTokenThatContinues()
    {
        using var first = await SendAsync(HttpMethod.Get, "/clusters?maxResults=1");
        var firstJson = await SimulatorHttp.ReadObjectAsync(first);
        var token = firstJson["nextToken"]!.GetValue<string>();
        using var second = await SendAsync(HttpMethod.Get, $"/clusters?maxResults=1&nextToken={Uri.EscapeDataString(token)}");
        var secondJson = await SimulatorHttp.ReadObjectAsync(second);

        Assert.Equal(["clusterArn", "clusterName", "status"], firstJson["clusters"]![0]!.AsObject().Select(member => member.Key));
        Assert.Equal("catalog-docdb", firstJson["clusters"]![0]!["clusterName"]!.GetValue<string>());
        Assert.Equal("sessions-docdb", secondJson["clusters"]![0]!["clusterName"]!.GetValue<string>());
    }

    [Fact]
    public async Task TagOperations_WhenOverHttp_ShouldTagListAndUntagWithRepeatedTagKeys()
    {
        var catalog = Uri.EscapeDataString(LatestCatalogAutomated().ClusterArn);

        using var tagged = await SendAsync(HttpMethod.Post, $"/tags/{catalog}", """{"tags":{"tier":"gold","zone":"a"}}""");
        using var untagged = await SendAsync(HttpMethod.Delete, $"/tags/{catalog}?tagKeys=tier&tagKeys=team");
        using var listed = await SendAsync(HttpMethod.Get, $"/tags/{catalog}");

        Assert.Equal(HttpStatusCode.OK, tagged.StatusCode);
        Assert.Equal("{}", await tagged.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, untagged.StatusCode);
        Assert.Equal("""{"tags":{"storageops:snapshot":"nightly","zone":"a"}}""", await listed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CreateCluster_WhenSignedForDocDbElastic_ShouldReturn501NotImplementedFromDocDbElastic()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/cluster", UriKind.Relative))
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", SimulatorHttp.AuthorizationFor("us-east-1", "docdb-elastic"));

        using var response = await http.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains("DocumentDB Elastic", (await SimulatorHttp.ReadObjectAsync(response))["Message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteClusterSnapshot_WhenManualActive_ShouldReturnItDeleting()
    {
        var copy = http.Simulator.DocDbElastic.CopyClusterSnapshot(Scope, new CopyClusterSnapshotRequest { SnapshotArn = LatestCatalogAutomated().SnapshotArn, TargetSnapshotName = "doomed" });
        http.Clock.Advance(TimeSpan.FromHours(1));

        using var response = await SendAsync(HttpMethod.Delete, $"/cluster-snapshot/{Uri.EscapeDataString(copy.SnapshotArn)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DELETING", (await SimulatorHttp.ReadObjectAsync(response))["snapshot"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task CopyClusterSnapshot_WhenBodyNotJson_ShouldReturnValidationException()
    {
        using var response = await SendAsync(HttpMethod.Post, $"/cluster-snapshot/{Uri.EscapeDataString(LatestCatalogAutomated().SnapshotArn)}/copy", "not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ValidationException", Assert.Single(response.Headers.GetValues("x-amzn-ErrorType")));
    }

    private ElasticClusterSnapshotDescription LatestCatalogAutomated() =>
        http.Simulator.DocDbElastic.PeekClusterSnapshots(Scope).Last(snapshot => snapshot.SnapshotName.StartsWith("catalog-docdb-automated-", StringComparison.Ordinal));

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string pathAndQuery, string? jsonBody = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(pathAndQuery, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", SimulatorHttp.AuthorizationFor("us-east-1", "docdb-elastic"));
        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        }

        return await http.Client.SendAsync(request);
    }
}
