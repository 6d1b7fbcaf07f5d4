using System.Net;
using System.Text.Json.Nodes;
using StorageOps.Simulator.Hosting;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Hosting;

public sealed class AwsSimulatorTests
{
    [Fact]
    public async Task StartAsync_WhenPortIsZero_ShouldListenOnLoopbackAtAFreePort()
    {
        await using var simulator = new AwsSimulator(new SimulatorOptions());

        await simulator.StartAsync();

        Assert.Equal("127.0.0.1", simulator.Endpoint.Host);
        Assert.NotEqual(0, simulator.Endpoint.Port);
        Assert.Equal("http", simulator.Endpoint.Scheme);
    }

    [Fact]
    public async Task StartAsync_WhenGivenAPort_ShouldListenOnIt()
    {
        var port = StorageOps.Testing.FreeTcpPort.Next();
        await using var simulator = new AwsSimulator(new SimulatorOptions());

        await simulator.StartAsync(port);

        Assert.Equal(new Uri($"http://127.0.0.1:{port}"), simulator.Endpoint);
    }

    [Fact]
    public async Task StartAsync_WhenAlreadyStarted_ShouldThrow()
    {
        await using var simulator = new AwsSimulator(new SimulatorOptions());
        await simulator.StartAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => simulator.StartAsync());
    }

    [Fact]
    public async Task StartAsync_WhenPortTaken_ShouldThrowAndStayUnstarted()
    {
        await using var first = new AwsSimulator(new SimulatorOptions());
        await first.StartAsync();
        await using var second = new AwsSimulator(new SimulatorOptions());

        await Assert.ThrowsAnyAsync<IOException>(() => second.StartAsync(first.Endpoint.Port));

        Assert.Throws<InvalidOperationException>(() => second.Endpoint);
    }

    [Fact]
    public void Endpoint_WhenNotStarted_ShouldThrow()
    {
        var simulator = new AwsSimulator(new SimulatorOptions());

        Assert.Throws<InvalidOperationException>(() => simulator.Endpoint);
    }

    [Fact]
    public async Task Efs_WhenCreatedOverHttp_ShouldBeVisibleInTheBackend()
    {
        await using var http = await SimulatorHttp.StartAsync();

        var created = await http.CreateFileSystemAsync("visible");

        Assert.Equal(created["FileSystemId"]!.GetValue<string>(), Assert.Single(http.Simulator.Efs.PeekFileSystems()).FileSystemId);
    }

    [Fact]
    public async Task Dispatch_WhenEfsOperationIsNotSimulated_ShouldReturn501NamingTheOperation()
    {
        await using var http = await SimulatorHttp.StartAsync();

        using var response = await http.SendAsync(HttpMethod.Get, "/2015-02-01/access-points?FileSystemId=fs-0123456789abcdef0");

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal(["NotImplemented"], response.Headers.GetValues("x-amzn-ErrorType"));
        var json = await SimulatorHttp.ReadObjectAsync(response);
        Assert.Equal("NotImplemented", json["ErrorCode"]!.GetValue<string>());
        Assert.Equal(
            "The StorageOps simulator does not simulate EFS DescribeAccessPoints (GET /2015-02-01/access-points) yet.",
            json["Message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Dispatch_WhenDescribeTagsSentWithoutTrailingSlash_ShouldStillReachDescribeTags()
    {
        await using var http = await SimulatorHttp.StartAsync();

        using var response = await http.SendAsync(HttpMethod.Get, "/2015-02-01/tags/fs-0123456789abcdef0");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["FileSystemNotFound"], response.Headers.GetValues("x-amzn-ErrorType"));
    }

    [Fact]
    public async Task Dispatch_WhenRouteIsUnknown_ShouldReturn404NamingTheRequest()
    {
        await using var http = await SimulatorHttp.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative));
        request.Headers.Add("X-Amz-Target", "AmazonSQS.SendMessage");
        request.Headers.TryAddWithoutValidation("Authorization", SimulatorHttp.AuthorizationFor("us-east-1", "sqs"));

        using var response = await http.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["UnknownOperationException"], response.Headers.GetValues("x-amzn-ErrorType"));
        var json = await SimulatorHttp.ReadObjectAsync(response);
        Assert.Equal(
            "The StorageOps simulator has no operation AmazonSQS.SendMessage (POST /) for service 'sqs'. Simulated services: EFS, RDS (DB clusters and cluster snapshots), DocumentDB Elastic, Step Functions, EC2 (read only), EventBridge (PutEvents).",
            json["Message"]!.GetValue<string>());
    }

    [Fact]
    public async Task DisposeAsync_WhenStarted_ShouldStopListening()
    {
        var simulator = new AwsSimulator(new SimulatorOptions());
        await simulator.StartAsync();
        var endpoint = simulator.Endpoint;

        await simulator.DisposeAsync();

        using var client = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(endpoint));
    }

    [Fact]
    public async Task Dispatch_WhenAnyResponse_ShouldCarryARequestId()
    {
        await using var http = await SimulatorHttp.StartAsync();

        using var response = await http.SendAsync(HttpMethod.Get, "/2015-02-01/file-systems");

        Assert.True(Guid.TryParse(response.Headers.GetValues("x-amzn-RequestId").Single(), out _));
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task RequestLog_WhenNoRequestSent_ShouldBeEmpty()
    {
        await using var http = await SimulatorHttp.StartAsync();

        Assert.Equal(0, http.Simulator.RequestLog.Count);
    }

    [Fact]
    public async Task RequestLog_WhenRequestsSentToEachService_ShouldRecordServiceOperationStatusAndSimulatedTime()
    {
        await using var http = await SimulatorHttp.StartAsync();
        await http.CreateFileSystemAsync("logged");
        http.Clock.Advance(TimeSpan.FromMinutes(5));
        using var rds = new FormUrlEncodedContent(new Dictionary<string, string> { ["Action"] = "DescribeDBClusters", ["Version"] = "2014-10-31" });
        using var rdsRequest = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative)) { Content = rds };
        rdsRequest.Headers.TryAddWithoutValidation("Authorization", SimulatorHttp.AuthorizationFor("us-east-1", "rds"));
        (await http.Client.SendAsync(rdsRequest)).Dispose();
        using var sfnRequest = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative)) { Content = new StringContent("{}") };
        sfnRequest.Headers.Add("X-Amz-Target", "AWSStepFunctions.ListStateMachines");
        (await http.Client.SendAsync(sfnRequest)).Dispose();
        using var elasticRequest = new HttpRequestMessage(HttpMethod.Get, new Uri("/clusters", UriKind.Relative));
        elasticRequest.Headers.TryAddWithoutValidation("Authorization", SimulatorHttp.AuthorizationFor("us-east-1", "docdb-elastic"));
        (await http.Client.SendAsync(elasticRequest)).Dispose();
        (await http.SendAsync(HttpMethod.Get, "/nowhere?x=1")).Dispose();

        var recorded = http.Simulator.RequestLog.Snapshot();

        var start = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(
            [
                new("efs", "CreateFileSystem", "POST", "/2015-02-01/file-systems", 201, start, "AKIDEXAMPLE"),
                new("rds", "DescribeDBClusters", "POST", "/", 200, start.AddMinutes(5), "AKIDEXAMPLE"),
                new("sfn", "ListStateMachines", "POST", "/", 200, start.AddMinutes(5)),
                new("docdb-elastic", "ListClusters", "GET", "/clusters", 200, start.AddMinutes(5), "AKIDEXAMPLE"),
                new RecordedRequest("unknown", null, "GET", "/nowhere", 404, start.AddMinutes(5), "AKIDEXAMPLE"),
            ],
            recorded);
        Assert.Equal(5, http.Simulator.RequestLog.Count);
    }

    [Fact]
    public async Task RequestLog_WhenRequestsAreSignedWithDifferentKeys_ShouldRecordEachRequestsAccessKey()
    {
        await using var http = await SimulatorHttp.StartAsync();
        foreach (var accessKey in new[] { "CreateFileSystemFunction", "DescribeFileSystemFunction" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/2015-02-01/file-systems", UriKind.Relative));
            request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential={accessKey}/20260101/us-east-1/elasticfilesystem/aws4_request, SignedHeaders=host, Signature=0000");
            (await http.Client.SendAsync(request)).Dispose();
        }

        using var presigned = new HttpRequestMessage(HttpMethod.Get, new Uri("/2015-02-01/file-systems?X-Amz-Credential=PRESIGNED%2F20260101%2Fus-east-1%2Felasticfilesystem%2Faws4_request", UriKind.Relative));
        (await http.Client.SendAsync(presigned)).Dispose();

        Assert.Equal(
            ["CreateFileSystemFunction", "DescribeFileSystemFunction", "PRESIGNED"],
            http.Simulator.RequestLog.Snapshot().Select(request => request.AccessKeyId));
    }

    [Fact]
    public async Task RequestLog_WhenRequestIsRejected_ShouldRecordTheErrorStatus()
    {
        await using var http = await SimulatorHttp.StartAsync();

        (await http.SendAsync(HttpMethod.Get, "/2015-02-01/access-points?FileSystemId=fs-0123456789abcdef0")).Dispose();
        (await http.SendAsync(HttpMethod.Post, "/2015-02-01/file-systems", "{not json")).Dispose();

        Assert.Equal(
            [("efs", "DescribeAccessPoints", 501), ("efs", "CreateFileSystem", 400)],
            http.Simulator.RequestLog.Snapshot().Select(request => (request.Service, request.Operation, request.StatusCode)));
    }
}
