using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace StorageOps.Aws.Tests.Support;

/// <summary>The capture server itself: a client that stops mid-request must not keep a test (or the run) waiting.</summary>
public sealed class CaptureServerTests
{
    [Fact]
    public async Task DisposeAsync_WhenAClientStopsSendingMidBody_ShouldReturnWithinItsBound()
    {
        var server = new CaptureServer();
        var endpoint = new Uri(server.Endpoint);
        using var client = new TcpClient();
        using var connecting = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await client.ConnectAsync(endpoint.Host, endpoint.Port, connecting.Token);
        var head = $"POST / HTTP/1.1\r\nHost: {endpoint.Authority}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"only\":";
        await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head), connecting.Token);

        var stopwatch = Stopwatch.StartNew();
        var failure = await Record.ExceptionAsync(() => server.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(15), $"DisposeAsync took {stopwatch.Elapsed}.");
        if (failure is not null)
        {
            Assert.Contains("CaptureServer", Assert.IsType<TimeoutException>(failure).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DisposeAsync_WhenAClientStopsReadingTheAnswer_ShouldReturnWithinItsBound()
    {
        var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, $$"""{"padding":"{{new string('x', 32 * 1024 * 1024)}}"}"""));
        var endpoint = new Uri(server.Endpoint);
        using var client = new TcpClient();
        using var connecting = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await client.ConnectAsync(endpoint.Host, endpoint.Port, connecting.Token);
        var request = $"GET / HTTP/1.1\r\nHost: {endpoint.Authority}\r\n\r\n";
        await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(request), connecting.Token);
        var firstBytes = new byte[1];
        await client.GetStream().ReadExactlyAsync(firstBytes, connecting.Token);

        var stopwatch = Stopwatch.StartNew();
        var failure = await Record.ExceptionAsync(() => server.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(15), $"DisposeAsync took {stopwatch.Elapsed}.");
        if (failure is not null)
        {
            Assert.Contains("CaptureServer", Assert.IsType<TimeoutException>(failure).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Requests_WhenAClientHangsUpMidAnswer_ShouldStillAnswerTheNextRequest()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, $$"""{"padding":"{{new string('x', 32 * 1024 * 1024)}}"}"""));
        var endpoint = new Uri(server.Endpoint);
        using (var impatient = new TcpClient { LingerState = new LingerOption(true, 0) })
        {
            using var connecting = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await impatient.ConnectAsync(endpoint.Host, endpoint.Port, connecting.Token);
            await impatient.GetStream().WriteAsync(Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: {endpoint.Authority}\r\n\r\n"), connecting.Token);
            await impatient.GetStream().ReadExactlyAsync(new byte[1], connecting.Token);
        }

        server.Respond(CannedResponse.Json(200, """{"FileSystems":[]}"""));
        using var efs = EfsTestClients.For(server.Endpoint, maxErrorRetry: 0);

        var response = await efs.DescribeFileSystemsAsync(new Aws.Efs.DescribeFileSystemsRequest()).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(response.FileSystems);
    }
}
