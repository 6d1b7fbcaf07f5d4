using System.Net;
using System.Text.Json.Nodes;
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
            "The StorageOps simulator has no operation AmazonSQS.SendMessage (POST /) for service 'sqs'. Simulated services: EFS, RDS (DB clusters and cluster snapshots), DocumentDB Elastic, Step Functions.",
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
}
