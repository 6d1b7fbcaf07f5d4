using System.Net;
using Amazon.Runtime;
using StorageOps.Aws.Rds;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.Rds;

/// <summary>RDS <c>&lt;ErrorResponse&gt;</c> bodies become typed exceptions; only throttling and 5xx are retried.</summary>
public sealed class RdsClientErrorTests
{
    private static readonly CreateDBClusterSnapshotRequest Create = new() { DBClusterSnapshotIdentifier = "nightly", DBClusterIdentifier = "orders" };

    public static TheoryData<string, int, Type> EveryModelledCode => new()
    {
        { "BlueGreenDeploymentNotFoundFault", 404, typeof(BlueGreenDeploymentNotFoundException) },
        { "DBClusterNotFoundFault", 404, typeof(DBClusterNotFoundException) },
        { "DBClusterSnapshotAlreadyExistsFault", 400, typeof(DBClusterSnapshotAlreadyExistsException) },
        { "DBClusterSnapshotNotFoundFault", 404, typeof(DBClusterSnapshotNotFoundException) },
        { "DBInstanceNotFound", 404, typeof(DBInstanceNotFoundException) },
        { "DBProxyEndpointNotFoundFault", 404, typeof(DBProxyEndpointNotFoundException) },
        { "DBProxyNotFoundFault", 404, typeof(DBProxyNotFoundException) },
        { "DBProxyTargetGroupNotFoundFault", 404, typeof(DBProxyTargetGroupNotFoundException) },
        { "DBShardGroupNotFound", 404, typeof(DBShardGroupNotFoundException) },
        { "DBSnapshotNotFound", 404, typeof(DBSnapshotNotFoundException) },
        { "DBSnapshotTenantDatabaseNotFoundFault", 404, typeof(DBSnapshotTenantDatabaseNotFoundException) },
        { "IntegrationNotFoundFault", 404, typeof(IntegrationNotFoundException) },
        { "InvalidDBClusterEndpointStateFault", 400, typeof(InvalidDBClusterEndpointStateException) },
        { "InvalidDBClusterSnapshotStateFault", 400, typeof(InvalidDBClusterSnapshotStateException) },
        { "InvalidDBClusterStateFault", 400, typeof(InvalidDBClusterStateException) },
        { "InvalidDBInstanceState", 400, typeof(InvalidDBInstanceStateException) },
        { "KMSKeyNotAccessibleFault", 400, typeof(KMSKeyNotAccessibleException) },
        { "SnapshotQuotaExceeded", 400, typeof(SnapshotQuotaExceededException) },
        { "TenantDatabaseNotFound", 404, typeof(TenantDatabaseNotFoundException) },
    };

    [Theory]
    [MemberData(nameof(EveryModelledCode))]
    public async Task CreateDBClusterSnapshotAsync_WhenServiceAnswersModelledError_ShouldThrowTypedExceptionWithCodeStatusAndRequestId(string code, int status, Type expectedType)
    {
        await using var server = new CaptureServer();
        server.Respond(RdsTestClients.Error(status, code, $"{code} happened", requestId: "req-err"));
        using var client = RdsTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAnyAsync<RdsServiceException>(() => client.CreateDBClusterSnapshotAsync(Create));

        Assert.Equal(expectedType, exception.GetType());
        Assert.Equal(code, exception.ErrorCode);
        Assert.Equal((HttpStatusCode)status, exception.StatusCode);
        Assert.Equal("req-err", exception.RequestId);
        Assert.Equal($"{code} happened", exception.Message);
        Assert.Equal(ErrorType.Sender, exception.ErrorType);
        Assert.Single(server.Requests);
    }

    [Fact]
    public void Catalog_WhenComparedWithOperationDefinitions_ShouldCoverEveryListedCode()
    {
        var listed = new IEnumerable<string>[]
        {
            RdsOperations.CreateDBClusterSnapshot.ErrorCodes, RdsOperations.DescribeDBClusterSnapshots.ErrorCodes,
            RdsOperations.DeleteDBClusterSnapshot.ErrorCodes, RdsOperations.CopyDBClusterSnapshot.ErrorCodes,
            RdsOperations.DescribeDBClusters.ErrorCodes, RdsOperations.ListTagsForResource.ErrorCodes, RdsOperations.AddTagsToResource.ErrorCodes,
            RdsOperations.RemoveTagsFromResource.ErrorCodes,
        }.SelectMany(codes => codes).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(listed, RdsService.Errors.Codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RemoveTagsFromResourceAsync_WhenClusterMissing_ShouldThrowDBClusterNotFoundWithoutRetrying()
    {
        await using var server = new CaptureServer();
        server.Respond(RdsTestClients.Error(404, "DBClusterNotFoundFault", "DBCluster gone not found.", requestId: "req-untag"));
        using var client = RdsTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<DBClusterNotFoundException>(() => client.RemoveTagsFromResourceAsync(
            new RemoveTagsFromResourceRequest { ResourceName = "arn:aws:rds:us-east-1:111122223333:cluster:gone", TagKeys = ["k"] }));

        Assert.Equal("DBClusterNotFoundFault", exception.ErrorCode);
        Assert.Equal("req-untag", exception.RequestId);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task DescribeDBClusterSnapshotsAsync_WhenSnapshotMissing_ShouldThrowDBClusterSnapshotNotFound()
    {
        await using var server = new CaptureServer();
        server.Respond(RdsTestClients.Error(404, "DBClusterSnapshotNotFoundFault", "DBClusterSnapshot gone not found."));
        using var client = RdsTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<DBClusterSnapshotNotFoundException>(
            () => client.DescribeDBClusterSnapshotsAsync(new DescribeDBClusterSnapshotsRequest { DBClusterSnapshotIdentifier = "gone" }));

        Assert.Equal("DBClusterSnapshotNotFoundFault", exception.ErrorCode);
    }

    [Fact]
    public async Task CreateDBClusterSnapshotAsync_WhenErrorRootIsNotErrorResponse_ShouldStillReadTheError()
    {
        await using var server = new CaptureServer();
        server.Respond(new CannedResponse(400, "<Response><Errors><Error><Code>DBClusterNotFoundFault</Code><Message>no cluster</Message></Error></Errors><RequestID>x</RequestID></Response>"));
        using var client = RdsTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<DBClusterNotFoundException>(() => client.CreateDBClusterSnapshotAsync(Create));

        Assert.Equal("no cluster", exception.Message);
    }

    [Fact]
    public async Task CreateDBClusterSnapshotAsync_WhenCodeUnknown_ShouldThrowRdsServiceExceptionWithThatCode()
    {
        await using var server = new CaptureServer();
        server.Respond(RdsTestClients.Error(400, "BrandNewFault", "something new"));
        using var client = RdsTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<RdsServiceException>(() => client.CreateDBClusterSnapshotAsync(Create));

        Assert.Equal("BrandNewFault", exception.ErrorCode);
        Assert.Equal("something new", exception.Message);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(400, "Throttling")]
    [InlineData(500, "InternalFailure")]
    [InlineData(503, "ServiceUnavailable")]
    public async Task CreateDBClusterSnapshotAsync_WhenThrottledOrServerErrorOnce_ShouldRetryAndSucceed(int status, string code)
    {
        await using var server = new CaptureServer();
        server.Respond(
            RdsTestClients.Error(status, code, "try again"),
            RdsTestClients.Xml("CreateDBClusterSnapshot", "<DBClusterSnapshot><DBClusterSnapshotIdentifier>nightly</DBClusterSnapshotIdentifier></DBClusterSnapshot>"));
        using var client = RdsTestClients.For(server.Endpoint);

        var snapshot = await client.CreateDBClusterSnapshotAsync(Create);

        Assert.Equal("nightly", snapshot?.DBClusterSnapshotIdentifier);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(server.Requests[0].BodyText, server.Requests[1].BodyText);
    }

    [Fact]
    public async Task CreateDBClusterSnapshotAsync_WhenInvalidState_ShouldThrowWithoutRetrying()
    {
        await using var server = new CaptureServer();
        server.Respond(RdsTestClients.Error(400, "InvalidDBClusterStateFault", "not available"), RdsTestClients.Xml("CreateDBClusterSnapshot", "<DBClusterSnapshot><DBClusterSnapshotIdentifier>x</DBClusterSnapshotIdentifier></DBClusterSnapshot>"));
        using var client = RdsTestClients.For(server.Endpoint);

        await Assert.ThrowsAsync<InvalidDBClusterStateException>(() => client.CreateDBClusterSnapshotAsync(Create));

        Assert.Single(server.Requests);
    }
}
