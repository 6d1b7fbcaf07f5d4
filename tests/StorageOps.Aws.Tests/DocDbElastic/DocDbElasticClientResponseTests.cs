using StorageOps.Aws.DocDbElastic;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.DocDbElastic;

/// <summary>
/// DocumentDB Elastic responses parsed from bodies written from the seed's response syntax (003) and the model's
/// output shapes (botocore ships no examples-1.json for docdb-elastic).
/// </summary>
public sealed class DocDbElasticClientResponseTests
{
    private static readonly ClusterSnapshot ExpectedSnapshot = new()
    {
        AdminUserName = "docdbadmin",
        ClusterArn = DocDbElasticBodies.ClusterArn,
        ClusterCreationTime = new DateTimeOffset(2024, 3, 1, 10, 15, 30, 123, TimeSpan.Zero),
        KmsKeyId = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        SnapshotArn = DocDbElasticBodies.SnapshotArn,
        SnapshotCreationTime = new DateTimeOffset(2024, 3, 2, 4, 0, 0, TimeSpan.Zero),
        SnapshotName = "elastic-cluster-snapshot-5",
        SnapshotType = "MANUAL",
        Status = "COPYING",
    };

    [Theory]
    [InlineData("CopyClusterSnapshot", """{"snapshotArn":"arn:aws:docdb-elastic:us-east-1:111122223333:cluster-snapshot/0f9e8d7c-6b5a-4321-8765-abcdef012345","targetSnapshotName":"elastic-cluster-snapshot-5"}""")]
    [InlineData("GetClusterSnapshot", """{"snapshotArn":"arn:aws:docdb-elastic:us-east-1:111122223333:cluster-snapshot/0f9e8d7c-6b5a-4321-8765-abcdef012345"}""")]
    [InlineData("DeleteClusterSnapshot", """{"snapshotArn":"arn:aws:docdb-elastic:us-east-1:111122223333:cluster-snapshot/0f9e8d7c-6b5a-4321-8765-abcdef012345"}""")]
    public async Task SnapshotOperation_WhenResponseHasEveryMemberOfTheSeed_ShouldParseEveryMember(string operation, string input)
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, DocDbElasticBodies.SnapshotResponse));
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        var output = await DocDbElasticOperationInvoker.InvokeAsync(client, operation, input);

        var snapshot = output switch
        {
            CopyClusterSnapshotResponse copy => copy.Snapshot,
            GetClusterSnapshotResponse get => get.Snapshot,
            DeleteClusterSnapshotResponse delete => delete.Snapshot,
            _ => throw new InvalidOperationException(output?.GetType().Name),
        };
        Assert.NotNull(snapshot);
        Assert.Equal(ExpectedSnapshot with { SubnetIds = snapshot.SubnetIds, VpcSecurityGroupIds = snapshot.VpcSecurityGroupIds }, snapshot);
        Assert.Equal(["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"], snapshot.SubnetIds);
        Assert.Equal(["sg-0123456789abcdef0"], snapshot.VpcSecurityGroupIds);
    }

    [Fact]
    public async Task GetClusterSnapshotAsync_WhenStatusIsActiveAndTimeIsNotADate_ShouldParseStatusAndLeaveTimeEmpty()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, """
            {"snapshot":{"adminUserName":"a","clusterArn":"c","clusterCreationTime":"not a date","kmsKeyId":"k","snapshotArn":"s",
             "snapshotCreationTime":"2024-03-02T04:00:00.5+02:00","snapshotName":"n","status":"ACTIVE","subnetIds":[],"vpcSecurityGroupIds":[]}}
            """));
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        var response = await client.GetClusterSnapshotAsync(new GetClusterSnapshotRequest { SnapshotArn = DocDbElasticBodies.SnapshotArn });

        Assert.NotNull(response.Snapshot);
        Assert.Equal("ACTIVE", response.Snapshot.Status);
        Assert.Null(response.Snapshot.SnapshotType);
        Assert.Null(response.Snapshot.ClusterCreationTime);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 2, 0, 0, 500, TimeSpan.Zero), response.Snapshot.SnapshotCreationTime);
    }

    [Fact]
    public async Task ListClusterSnapshotsAsync_WhenResponseHasSnapshotsAndNextToken_ShouldParseBoth()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, $$"""
            {"nextToken":"page-2","snapshots":[{"clusterArn":"{{DocDbElasticBodies.ClusterArn}}","snapshotArn":"{{DocDbElasticBodies.SnapshotArn}}",
              "snapshotCreationTime":"2024-03-02T04:00:00Z","snapshotName":"rds:orders-2024-03-02","status":"ACTIVE"}]}
            """));
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        var response = await client.ListClusterSnapshotsAsync(new ListClusterSnapshotsRequest { SnapshotType = "automated" });

        Assert.Equal("page-2", response.NextToken);
        Assert.Equal(
            new ClusterSnapshotInList
            {
                ClusterArn = DocDbElasticBodies.ClusterArn,
                SnapshotArn = DocDbElasticBodies.SnapshotArn,
                SnapshotCreationTime = new DateTimeOffset(2024, 3, 2, 4, 0, 0, TimeSpan.Zero),
                SnapshotName = "rds:orders-2024-03-02",
                Status = "ACTIVE",
            },
            Assert.Single(response.Snapshots));
    }

    [Fact]
    public async Task ListClustersAsync_WhenResponseHasClusters_ShouldParseThem()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, $$"""{"clusters":[{"clusterArn":"{{DocDbElasticBodies.ClusterArn}}","clusterName":"orders","status":"STOPPED"}]}"""));
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        var response = await client.ListClustersAsync(new ListClustersRequest());

        Assert.Equal([new ClusterInList(DocDbElasticBodies.ClusterArn, "orders", "STOPPED")], response.Clusters);
        Assert.Null(response.NextToken);
    }

    [Fact]
    public async Task GetClusterAsync_WhenResponseHasEveryMember_ShouldParseEveryMember()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, DocDbElasticBodies.Cluster));
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        var cluster = (await client.GetClusterAsync(new GetClusterRequest { ClusterArn = DocDbElasticBodies.ClusterArn })).Cluster;
        Assert.NotNull(cluster);

        Assert.Equal(
            new Cluster
            {
                AdminUserName = "docdbadmin",
                AuthType = "SECRET_ARN",
                BackupRetentionPeriod = 7,
                ClusterArn = DocDbElasticBodies.ClusterArn,
                ClusterEndpoint = "orders-111122223333.us-east-1.docdb-elastic.amazonaws.com",
                ClusterName = "orders",
                CreateTime = new DateTimeOffset(2024, 3, 1, 10, 15, 30, 123, TimeSpan.Zero),
                KmsKeyId = "AWS_OWNED_KMS_KEY",
                PreferredBackupWindow = "03:00-04:00",
                PreferredMaintenanceWindow = "sun:05:00-sun:06:00",
                ShardCapacity = 2,
                ShardCount = 3,
                ShardInstanceCount = 2,
                Status = "ACTIVE",
                Shards = cluster.Shards,
                SubnetIds = cluster.SubnetIds,
                VpcSecurityGroupIds = cluster.VpcSecurityGroupIds,
            },
            cluster);
        Assert.Equal([new Shard("shard-1", "ACTIVE", new DateTimeOffset(2024, 3, 1, 10, 20, 0, TimeSpan.Zero))], cluster.Shards);
        Assert.Equal(["subnet-0123456789abcdef0"], cluster.SubnetIds);
        Assert.Equal(["sg-0123456789abcdef0"], cluster.VpcSecurityGroupIds);
    }

    [Fact]
    public async Task ListTagsForResourceAsync_WhenResponseHasTags_ShouldReturnThemAsAMap()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, """{"tags":{"owner":"storageops","empty":""}}"""));
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        var response = await client.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = DocDbElasticBodies.ClusterArn });

        Assert.Equal(new Dictionary<string, string> { ["owner"] = "storageops", ["empty"] = "" }, response.Tags);
    }

    [Fact]
    public async Task ListTagsForResourceAsync_WhenResponseHasNoTags_ShouldReturnAnEmptyMap()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, "{}"));
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        var response = await client.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = DocDbElasticBodies.ClusterArn });

        Assert.Empty(response.Tags);
    }
}
