using StorageOps.Aws.Rds;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.Rds;

/// <summary>
/// Every <see cref="IRdsClient"/> operation against a server that answers the smallest valid awsQuery response,
/// <c>&lt;XResponse&gt;&lt;XResult/&gt;&lt;ResponseMetadata&gt;…</c>: each call sends one request and returns; a body that is not
/// XML or a member of the wrong type is one <see cref="AwsResponseFormatException"/>.
/// </summary>
public sealed class RdsClientMinimalResponseTests
{
    private const string ClusterArn = "arn:aws:rds:us-east-1:111122223333:cluster:orders";

    private static readonly Dictionary<string, string[]> Inputs = new()
    {
        ["CreateDBClusterSnapshot"] = ["""{"DBClusterSnapshotIdentifier":"s1","DBClusterIdentifier":"c1"}"""],
        ["DescribeDBClusterSnapshots"] = ["{}"],
        ["DeleteDBClusterSnapshot"] = ["""{"DBClusterSnapshotIdentifier":"s1"}"""],
        ["CopyDBClusterSnapshot"] = ["""{"SourceDBClusterSnapshotIdentifier":"a","TargetDBClusterSnapshotIdentifier":"b"}"""],
        ["DescribeDBClusters"] = ["{}"],
        ["ListTagsForResource"] = [$$"""{"ResourceName":"{{ClusterArn}}"}"""],
        ["AddTagsToResource"] = [$$"""{"ResourceName":"{{ClusterArn}}","Tags":[{"Key":"k","Value":"v"}]}"""],
        ["RemoveTagsFromResource"] = [$$"""{"ResourceName":"{{ClusterArn}}","TagKeys":["k"]}"""],
    };

    public static TheoryData<string> Operations => ClientOperations.NamesOf(typeof(IRdsClient));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_WhenServiceAnswersTheMinimalValidResponse_ShouldSendOneRequestAndReturn(string operation)
    {
        Assert.True(Inputs.TryGetValue(operation, out var inputs), $"{operation} has no sample input in {nameof(RdsClientMinimalResponseTests)}.");
        foreach (var input in inputs)
        {
            await using var server = new CaptureServer();
            server.Respond(RdsTestClients.Xml(operation, string.Empty));
            using var client = RdsTestClients.For(server.Endpoint);

            await ClientOperations.InvokeAsync(client, typeof(IRdsClient), operation, input);

            Assert.Single(server.Requests);
        }
    }

    [Fact]
    public async Task DeleteDBClusterSnapshotAsync_WhenResultIsEmpty_ShouldReturnNoSnapshot()
    {
        await using var server = new CaptureServer();
        server.Respond(RdsTestClients.Xml("DeleteDBClusterSnapshot", string.Empty));
        using var client = RdsTestClients.For(server.Endpoint);

        var deleted = await client.DeleteDBClusterSnapshotAsync(new DeleteDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = "s1" });

        Assert.Null(deleted);
    }

    [Theory]
    [InlineData("<DBClusterSnapshot><Port>five thousand</Port></DBClusterSnapshot>", "DBClusterSnapshot.Port")]
    [InlineData("<DBClusterSnapshot><StorageEncrypted>maybe</StorageEncrypted></DBClusterSnapshot>", "DBClusterSnapshot.StorageEncrypted")]
    [InlineData("<DBClusterSnapshot><SnapshotCreateTime>soon</SnapshotCreateTime></DBClusterSnapshot>", "DBClusterSnapshot.SnapshotCreateTime")]
    [InlineData("<DBClusterSnapshot><TagList><Tag><Key>k</Key></Tag></TagList><PercentProgress>1.5</PercentProgress></DBClusterSnapshot>", "DBClusterSnapshot.PercentProgress")]
    public async Task CreateDBClusterSnapshotAsync_WhenAMemberHasTheWrongType_ShouldThrowResponseFormatErrorWithoutRetrying(string result, string member)
    {
        await using var server = new CaptureServer();
        server.Respond(RdsTestClients.Xml("CreateDBClusterSnapshot", result, requestId: "req-format"));
        using var client = RdsTestClients.For(server.Endpoint);

        var error = await Assert.ThrowsAsync<AwsResponseFormatException>(
            () => client.CreateDBClusterSnapshotAsync(new CreateDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = "s1", DBClusterIdentifier = "c1" }));

        Assert.Equal("RDS", error.ServiceId);
        Assert.Equal("CreateDBClusterSnapshot", error.Operation);
        Assert.Equal(member, error.Member);
        Assert.Equal("req-format", error.RequestId);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task DescribeDBClustersAsync_WhenANestedMemberHasTheWrongType_ShouldNameItsPath()
    {
        await using var server = new CaptureServer();
        server.Respond(RdsTestClients.Xml(
            "DescribeDBClusters",
            "<DBClusters><DBCluster><DBClusterIdentifier>a</DBClusterIdentifier></DBCluster><DBCluster><DBClusterMembers><DBClusterMember><IsClusterWriter>no</IsClusterWriter></DBClusterMember></DBClusterMembers></DBCluster></DBClusters>"));
        using var client = RdsTestClients.For(server.Endpoint);

        var error = await Assert.ThrowsAsync<AwsResponseFormatException>(() => client.DescribeDBClustersAsync(new DescribeDBClustersRequest()));

        Assert.Equal("DBClusters[1].DBClusterMembers[0].IsClusterWriter", error.Member);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("""{"DBClusterSnapshot":{}}""")]
    [InlineData("<CreateDBClusterSnapshotResponse><CreateDBClusterSnapshotResult>")]
    public async Task CreateDBClusterSnapshotAsync_WhenBodyIsNotXml_ShouldThrowResponseFormatErrorWithoutRetrying(string body)
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, body, ("x-amzn-RequestId", "req-json")));
        using var client = RdsTestClients.For(server.Endpoint);

        var error = await Assert.ThrowsAsync<AwsResponseFormatException>(
            () => client.CreateDBClusterSnapshotAsync(new CreateDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = "s1", DBClusterIdentifier = "c1" }));

        Assert.Equal("CreateDBClusterSnapshot", error.Operation);
        Assert.Null(error.Member);
        Assert.Equal("req-json", error.RequestId);
        Assert.Single(server.Requests);
    }
}
