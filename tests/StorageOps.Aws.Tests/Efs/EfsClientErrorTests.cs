using System.Net;
using System.Net.Sockets;
using System.Text;
using Amazon.Runtime;
using StorageOps.Aws.Efs;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.Efs;

/// <summary>EFS error responses become typed exceptions; only throttling and 5xx are retried.</summary>
public sealed class EfsClientErrorTests
{
    private const string FileSystemBody = """
        {"OwnerId":"123456789012","CreationToken":"t","FileSystemId":"fs-0abc","CreationTime":1481841524,
         "LifeCycleState":"creating","NumberOfMountTargets":0,"SizeInBytes":{"Value":0},"PerformanceMode":"generalPurpose","Tags":[]}
        """;

    private static readonly CreateFileSystemRequest Create = new() { CreationToken = "errors" };

    [Theory]
    [InlineData("FileSystemAlreadyExists", """{"Message":"File system 'fs-0exists' already exists","FileSystemId":"fs-0exists"}""")]
    [InlineData(null, """{"ErrorCode":"FileSystemAlreadyExists","Message":"File system 'fs-0exists' already exists","FileSystemId":"fs-0exists"}""")]
    [InlineData("FileSystemAlreadyExists:http://internal.amazon.com/coral/com.amazon.elasticfilesystem/", """{"ErrorCode":"FileSystemAlreadyExists","Message":"File system 'fs-0exists' already exists","FileSystemId":"fs-0exists"}""")]
    [InlineData(null, """{"code":"FileSystemAlreadyExists","message":"File system 'fs-0exists' already exists","FileSystemId":"fs-0exists"}""")]
    [InlineData(null, """{"__type":"com.amazon.elasticfilesystem#FileSystemAlreadyExists","message":"File system 'fs-0exists' already exists","FileSystemId":"fs-0exists"}""")]
    public async Task CreateFileSystemAsync_WhenTokenTaken_ShouldThrowFileSystemAlreadyExistsWithFileSystemId(string? header, string body)
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Error(409, header, body, requestId: "req-409"));
        using var client = EfsTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<FileSystemAlreadyExistsException>(() => client.CreateFileSystemAsync(Create));

        Assert.Equal("fs-0exists", exception.FileSystemId);
        Assert.Equal("FileSystemAlreadyExists", exception.ErrorCode);
        Assert.Equal(HttpStatusCode.Conflict, exception.StatusCode);
        Assert.Equal("req-409", exception.RequestId);
        Assert.Equal("File system 'fs-0exists' already exists", exception.Message);
        Assert.Equal(ErrorType.Sender, exception.ErrorType);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task DescribeFileSystemsAsync_WhenFileSystemMissing_ShouldThrowFileSystemNotFound()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Error(404, "FileSystemNotFound", """{"ErrorCode":"FileSystemNotFound","Message":"File system 'fs-0000dead' does not exist."}""", "req-404"));
        using var client = EfsTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<FileSystemNotFoundException>(
            () => client.DescribeFileSystemsAsync(new DescribeFileSystemsRequest { FileSystemId = "fs-0000dead" }));

        Assert.Equal("FileSystemNotFound", exception.ErrorCode);
        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
        Assert.Equal("req-404", exception.RequestId);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task CreateFileSystemAsync_WhenCodeUnknown_ShouldThrowEfsServiceExceptionWithThatCode()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Error(400, "BrandNewError", """{"ErrorCode":"BrandNewError","Message":"something new"}"""));
        using var client = EfsTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<EfsServiceException>(() => client.CreateFileSystemAsync(Create));

        Assert.Equal(typeof(EfsServiceException), exception.GetType());
        Assert.Equal("BrandNewError", exception.ErrorCode);
        Assert.Equal("something new", exception.Message);
        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
    }

    [Fact]
    public async Task CreateFileSystemAsync_WhenBadRequest_ShouldThrowWithoutRetrying()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Error(400, "BadRequest", """{"ErrorCode":"BadRequest","Message":"bad"}"""), CannedResponse.Json(201, FileSystemBody));
        using var client = EfsTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<BadRequestException>(() => client.CreateFileSystemAsync(Create));

        Assert.Equal("BadRequest", exception.ErrorCode);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(500, "InternalServerError")]
    [InlineData(503, "InsufficientThroughputCapacity")]
    [InlineData(429, "ThrottlingException")]
    [InlineData(429, "TooManyRequests")]
    public async Task CreateFileSystemAsync_WhenServerErrorOrThrottledOnce_ShouldRetryAndSucceed(int status, string code)
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Error(status, code, $$"""{"ErrorCode":"{{code}}","Message":"try again"}"""), CannedResponse.Json(201, FileSystemBody));
        using var client = EfsTestClients.For(server.Endpoint);

        var created = await client.CreateFileSystemAsync(Create);

        Assert.Equal("fs-0abc", created.FileSystemId);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(server.Requests[0].BodyText, server.Requests[1].BodyText);
    }

    [Fact]
    public async Task DescribeFileSystemsAsync_WhenTheConnectionDropsMidBody_ShouldRetryAsATransportFailure()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var serving = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var answers = new[]
        {
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"FileSystems\":[",
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 18\r\nConnection: close\r\n\r\n{\"FileSystems\":[]}",
        };
        var server = Task.Run(async () =>
        {
            foreach (var answer in answers)
            {
                using var connection = await listener.AcceptTcpClientAsync(serving.Token);
                var stream = connection.GetStream();
                var request = new StringBuilder();
                var buffer = new byte[8192];
                while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    request.Append(Encoding.ASCII.GetString(buffer, 0, await stream.ReadAsync(buffer, serving.Token)));
                }

                await stream.WriteAsync(Encoding.ASCII.GetBytes(answer), serving.Token);
                connection.Client.Shutdown(SocketShutdown.Both);
            }
        });
        using var client = EfsTestClients.For($"http://127.0.0.1:{port}", maxErrorRetry: 1);

        var response = await client.DescribeFileSystemsAsync(new DescribeFileSystemsRequest()).WithinAsync(Bounded.Call, "DescribeFileSystems");
        await server.WithinAsync(Bounded.Call, "the scripted server");

        Assert.Empty(response.FileSystems);
    }

    [Fact]
    public async Task CreateFileSystemAsync_WhenServerErrorPersists_ShouldThrowTypedAfterMaxErrorRetry()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Error(500, "InternalServerError", """{"ErrorCode":"InternalServerError","Message":"down"}"""));
        using var client = EfsTestClients.For(server.Endpoint, maxErrorRetry: 1);

        var exception = await Assert.ThrowsAsync<InternalServerErrorException>(() => client.CreateFileSystemAsync(Create));

        Assert.Equal(ErrorType.Receiver, exception.ErrorType);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task CreateFileSystemAsync_WhenConflictWithoutFileSystemIdInBody_ShouldLookUpTheExistingFileSystem()
    {
        await using var server = new CaptureServer();
        server.Respond(
            CannedResponse.Error(409, "FileSystemAlreadyExists", """{"__type":"FileSystemAlreadyExists","message":"exists"}"""),
            CannedResponse.Json(200, $$"""{"FileSystems":[{{FileSystemBody}}]}"""));
        using var client = EfsTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<FileSystemAlreadyExistsException>(() => client.CreateFileSystemAsync(Create));

        Assert.Equal("fs-0abc", exception.FileSystemId);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal("GET", server.Requests[1].Method);
        Assert.Equal([("CreationToken", "errors")], server.Requests[1].QueryParameters);
    }
}
