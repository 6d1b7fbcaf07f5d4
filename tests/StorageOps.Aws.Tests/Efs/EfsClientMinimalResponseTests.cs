using StorageOps.Aws.Efs;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.Efs;

/// <summary>
/// Every <see cref="IEfsClient"/> operation against a server that answers the smallest valid restJson1 response,
/// <c>200 {}</c>: output members are optional, so each call sends one request and returns; a response that cannot be
/// read is one <see cref="AwsResponseFormatException"/>, never a retry.
/// </summary>
public sealed class EfsClientMinimalResponseTests
{
    private static readonly Dictionary<string, string[]> Inputs = new()
    {
        ["CreateFileSystem"] = ["""{"CreationToken":"minimal"}"""],
        ["DescribeFileSystems"] = ["{}"],
        ["DeleteFileSystem"] = ["""{"FileSystemId":"fs-01234567"}"""],
        ["UpdateFileSystem"] = ["""{"FileSystemId":"fs-01234567","ThroughputMode":"elastic"}"""],
        ["CreateMountTarget"] = ["""{"FileSystemId":"fs-01234567","SubnetId":"subnet-1234abcd"}"""],
        ["DescribeMountTargets"] = ["""{"FileSystemId":"fs-01234567"}"""],
        ["DeleteMountTarget"] = ["""{"MountTargetId":"fsmt-12340abc"}"""],
        ["DescribeMountTargetSecurityGroups"] = ["""{"MountTargetId":"fsmt-12340abc"}"""],
        ["ModifyMountTargetSecurityGroups"] = ["""{"MountTargetId":"fsmt-12340abc","SecurityGroups":["sg-abcd1234"]}"""],
        ["CreateTags"] = ["""{"FileSystemId":"fs-01234567","Tags":[{"Key":"k","Value":"v"}]}"""],
        ["DeleteTags"] = ["""{"FileSystemId":"fs-01234567","TagKeys":["k"]}"""],
        ["DescribeTags"] = ["""{"FileSystemId":"fs-01234567"}"""],
        ["TagResource"] = ["""{"ResourceId":"fs-01234567","Tags":[{"Key":"k","Value":"v"}]}"""],
        ["UntagResource"] = ["""{"ResourceId":"fs-01234567","TagKeys":["k"]}"""],
        ["ListTagsForResource"] = ["""{"ResourceId":"fs-01234567"}"""],
        ["CreateReplicationConfiguration"] =
        [
            """{"SourceFileSystemId":"fs-01234567","Destinations":[{"Region":"us-west-2"}]}""",
            """{"SourceFileSystemId":"fs-01234567","Destinations":[{"FileSystemId":"fs-89abcdef"}]}""",
        ],
        ["DescribeReplicationConfigurations"] = ["{}"],
        ["DeleteReplicationConfiguration"] = ["""{"SourceFileSystemId":"fs-01234567"}"""],
        ["UpdateFileSystemProtection"] = ["""{"FileSystemId":"fs-01234567","ReplicationOverwriteProtection":"ENABLED"}"""],
    };

    public static TheoryData<string> Operations => ClientOperations.NamesOf(typeof(IEfsClient));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_WhenServiceAnswersTheMinimalValidResponse_ShouldSendOneRequestAndReturn(string operation)
    {
        Assert.True(Inputs.TryGetValue(operation, out var inputs), $"{operation} has no sample input in {nameof(EfsClientMinimalResponseTests)}.");
        foreach (var input in inputs)
        {
            await using var server = new CaptureServer();
            server.Respond(CannedResponse.Json(200, "{}"));
            using var client = EfsTestClients.For(server.Endpoint);

            await ClientOperations.InvokeAsync(client, typeof(IEfsClient), operation, input);

            Assert.Single(server.Requests);
        }
    }

    [Fact]
    public async Task CreateFileSystemAsync_WhenMinimalResponse_ShouldReadAbsentMembersAsNullOrEmpty()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(201, "{}"));
        using var client = EfsTestClients.For(server.Endpoint);

        var created = await client.CreateFileSystemAsync(new CreateFileSystemRequest { CreationToken = "minimal" });

        Assert.Null(created.FileSystemId);
        Assert.Null(created.LifeCycleState);
        Assert.Null(created.SizeInBytes);
        Assert.Empty(created.Tags);
    }

    [Theory]
    [InlineData("""{"FileSystemId":42}""", "FileSystemId")]
    [InlineData("""{"FileSystemId":"fs-1","Tags":{"Key":"k"}}""", "Tags")]
    [InlineData("""{"FileSystemId":"fs-1","SizeInBytes":{"Value":"big"}}""", "SizeInBytes.Value")]
    [InlineData("""{"FileSystemId":"fs-1","Encrypted":"yes"}""", "Encrypted")]
    [InlineData("""{"FileSystemId":"fs-1","CreationTime":"the day before yesterday"}""", "CreationTime")]
    public async Task CreateFileSystemAsync_WhenAMemberHasTheWrongType_ShouldThrowResponseFormatErrorWithoutRetrying(string body, string member)
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(201, body, ("x-amzn-RequestId", "req-format")));
        using var client = EfsTestClients.For(server.Endpoint);

        var error = await Assert.ThrowsAsync<AwsResponseFormatException>(() => client.CreateFileSystemAsync(new CreateFileSystemRequest { CreationToken = "t" }));

        Assert.Equal("EFS", error.ServiceId);
        Assert.Equal("CreateFileSystem", error.Operation);
        Assert.Equal(member, error.Member);
        Assert.Equal("req-format", error.RequestId);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task DescribeFileSystemsAsync_WhenANestedMemberHasTheWrongType_ShouldNameItsPath()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, """{"FileSystems":[{"FileSystemId":"fs-1"},{"FileSystemId":"fs-2","Tags":[{"Key":7,"Value":"v"}]}]}"""));
        using var client = EfsTestClients.For(server.Endpoint);

        var error = await Assert.ThrowsAsync<AwsResponseFormatException>(() => client.DescribeFileSystemsAsync(new DescribeFileSystemsRequest()));

        Assert.Equal("FileSystems[1].Tags[0].Key", error.Member);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    [InlineData("""["not","an","object"]""")]
    [InlineData("""{"FileSystemId":"fs-1" """)]
    public async Task CreateFileSystemAsync_WhenBodyIsNotAJsonObject_ShouldThrowResponseFormatErrorWithoutRetrying(string body)
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(201, body, ("x-amzn-RequestId", "req-html")));
        using var client = EfsTestClients.For(server.Endpoint);

        var error = await Assert.ThrowsAsync<AwsResponseFormatException>(() => client.CreateFileSystemAsync(new CreateFileSystemRequest { CreationToken = "t" }));

        Assert.Equal("CreateFileSystem", error.Operation);
        Assert.Null(error.Member);
        Assert.Equal("req-html", error.RequestId);
        Assert.Equal(System.Net.HttpStatusCode.Created, error.StatusCode);
        Assert.Single(server.Requests);
    }
}
