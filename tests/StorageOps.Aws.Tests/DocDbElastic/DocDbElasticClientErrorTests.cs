using System.Net;
using Amazon.Runtime;
using StorageOps.Aws.DocDbElastic;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.DocDbElastic;

/// <summary>DocumentDB Elastic error responses become typed exceptions, whichever way the code travels.</summary>
public sealed class DocDbElasticClientErrorTests
{
    private static readonly string CopyInput = $$"""{"snapshotArn":"{{DocDbElasticBodies.SnapshotArn}}","targetSnapshotName":"copy"}""";

    public static TheoryData<string, int, string> EveryCodeInEveryForm
    {
        get
        {
            var data = new TheoryData<string, int, string>();
            foreach (var (code, status) in new[]
                     {
                         ("AccessDeniedException", 403), ("ConflictException", 409), ("InternalServerException", 500), ("ResourceNotFoundException", 404),
                         ("ServiceQuotaExceededException", 402), ("ThrottlingException", 429), ("ValidationException", 400),
                     })
            {
                foreach (var form in new[] { "header", "header with namespace and suffix", "body __type", "body code" })
                {
                    data.Add(code, status, form);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EveryCodeInEveryForm))]
    public async Task CopyClusterSnapshotAsync_WhenServiceAnswersWithAnError_ShouldThrowTheTypedException(string code, int status, string form)
    {
        var (header, body) = form switch
        {
            "header" => (code, """{"message":"it failed"}"""),
            "header with namespace and suffix" => ($"com.amazonaws.docdbelastic#{code}:http://internal.amazon.com/coral/com.amazonaws.docdbelastic/", """{"message":"it failed"}"""),
            "body __type" => ((string?)null, $$"""{"__type":"com.amazonaws.docdbelastic#{{code}}","message":"it failed"}"""),
            _ => (null, $$"""{"code":"{{code}}","message":"it failed"}"""),
        };
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Error(status, header, body, requestId: "req-docdb"));
        using var client = DocDbElasticTestClients.For(server.Endpoint, maxErrorRetry: 0);

        var exception = await Assert.ThrowsAnyAsync<DocDbElasticServiceException>(() => DocDbElasticOperationInvoker.InvokeAsync(client, "CopyClusterSnapshot", CopyInput));

        Assert.Equal(code, exception.GetType().Name);
        Assert.Equal(code, exception.ErrorCode);
        Assert.Equal((HttpStatusCode)status, exception.StatusCode);
        Assert.Equal("req-docdb", exception.RequestId);
        Assert.Equal("it failed", exception.Message);
        Assert.Equal(status >= 500 ? ErrorType.Receiver : ErrorType.Sender, exception.ErrorType);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task CopyClusterSnapshotAsync_WhenValidationExceptionNamesFields_ShouldCarryReasonAndFieldList()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Error(400, "ValidationException", """
            {"message":"1 validation error detected","reason":"fieldValidationFailed",
             "fieldList":[{"name":"targetSnapshotName","message":"Member must satisfy regular expression pattern"}]}
            """));
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<ValidationException>(() => DocDbElasticOperationInvoker.InvokeAsync(client, "CopyClusterSnapshot", CopyInput));

        Assert.Equal("fieldValidationFailed", exception.Reason);
        Assert.Equal([new ValidationExceptionField("targetSnapshotName", "Member must satisfy regular expression pattern")], exception.FieldList);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task UntagResourceAsync_WhenResourceMissing_ShouldThrowResourceNotFoundWithoutRetrying()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Error(404, null, """
            {"__type":"ResourceNotFoundException","message":"Cluster not found","resourceId":"gone","resourceType":"CLUSTER"}
            """, requestId: "req-untag"));
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<ResourceNotFoundException>(
            () => client.UntagResourceAsync(new UntagResourceRequest { ResourceArn = DocDbElasticBodies.ClusterArn, TagKeys = ["k"] }));

        Assert.Equal("gone", exception.ResourceId);
        Assert.Equal("req-untag", exception.RequestId);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task GetClusterSnapshotAsync_WhenSnapshotMissing_ShouldCarryResourceIdAndType()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Error(404, null, """
            {"__type":"ResourceNotFoundException","message":"Snapshot not found","resourceId":"0f9e8d7c","resourceType":"CLUSTER_SNAPSHOT"}
            """));
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<ResourceNotFoundException>(
            () => client.GetClusterSnapshotAsync(new GetClusterSnapshotRequest { SnapshotArn = DocDbElasticBodies.SnapshotArn }));

        Assert.Equal("0f9e8d7c", exception.ResourceId);
        Assert.Equal("CLUSTER_SNAPSHOT", exception.ResourceType);
    }

    [Fact]
    public async Task CopyClusterSnapshotAsync_WhenTargetNameTaken_ShouldThrowConflictWithResource()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Error(409, "ConflictException", """{"message":"exists","resourceId":"copy","resourceType":"CLUSTER_SNAPSHOT"}"""));
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<ConflictException>(() => DocDbElasticOperationInvoker.InvokeAsync(client, "CopyClusterSnapshot", CopyInput));

        Assert.Equal("copy", exception.ResourceId);
        Assert.Equal("CLUSTER_SNAPSHOT", exception.ResourceType);
    }

    [Theory]
    [InlineData(429, "ThrottlingException")]
    [InlineData(500, "InternalServerException")]
    public async Task GetClusterAsync_WhenThrottledOrServerErrorOnce_ShouldRetryAndSucceed(int status, string code)
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Error(status, code, """{"message":"try again"}"""), CannedResponse.Json(200, DocDbElasticBodies.Cluster));
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        var response = await client.GetClusterAsync(new GetClusterRequest { ClusterArn = DocDbElasticBodies.ClusterArn });

        Assert.Equal("orders", response.Cluster?.ClusterName);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task DeleteClusterSnapshotAsync_WhenConflict_ShouldNotRetry()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Error(409, "ConflictException", """{"message":"busy"}"""), CannedResponse.Json(200, DocDbElasticBodies.SnapshotResponse));
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        await Assert.ThrowsAsync<ConflictException>(
            () => client.DeleteClusterSnapshotAsync(new DeleteClusterSnapshotRequest { SnapshotArn = DocDbElasticBodies.SnapshotArn }));

        Assert.Single(server.Requests);
    }
}
