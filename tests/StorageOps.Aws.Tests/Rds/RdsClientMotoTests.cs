using Amazon.Runtime;
using StorageOps.Aws.Rds;
using StorageOps.Aws.Tests.Support;
using StorageOps.Testing;

namespace StorageOps.Aws.Tests.Rds;

/// <summary><see cref="RdsClient"/> against moto_server, an RDS implementation nobody here wrote; clusters are created with the AWS CLI.</summary>
public sealed class RdsClientMotoTests(MotoServer moto) : IClassFixture<MotoServer>, IAsyncLifetime
{
    private readonly RdsClient client = new(new AwsClientSettings
    {
        Region = "us-east-1",
        ServiceUrl = moto.Endpoint.ToString(),
        Credentials = new BasicAWSCredentials("testing", "testing"),
        Timeout = Bounded.HttpAttempt,
    });

    public Task InitializeAsync() => moto.ResetAsync().WithinAsync(Bounded.Call, "moto_server reset");

    public Task DisposeAsync()
    {
        client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task CreateDBClusterSnapshotAsync_WhenClusterExists_ShouldReturnSnapshotThatDescribeFinds()
    {
        await CreateClusterAsync("orders-cluster", ("storageops:nightly", "true"));

        var created = await client.CreateDBClusterSnapshotAsync(new CreateDBClusterSnapshotRequest
        {
            DBClusterSnapshotIdentifier = "nightly-2024-01-02",
            DBClusterIdentifier = "orders-cluster",
            Tags = [new Tag("storageops:owner", "storageops")],
        });
        var byIdentifier = await client.DescribeDBClusterSnapshotsAsync(new DescribeDBClusterSnapshotsRequest { DBClusterSnapshotIdentifier = "nightly-2024-01-02" });
        var byCluster = await client.DescribeDBClusterSnapshotsAsync(new DescribeDBClusterSnapshotsRequest { DBClusterIdentifier = "orders-cluster", SnapshotType = "manual" });

        Assert.NotNull(created);
        Assert.Equal("nightly-2024-01-02", created.DBClusterSnapshotIdentifier);
        Assert.Equal("orders-cluster", created.DBClusterIdentifier);
        Assert.NotNull(created.DBClusterSnapshotArn);
        Assert.Contains(new Tag("storageops:owner", "storageops"), created.TagList);
        Assert.Equal(created.DBClusterSnapshotArn, Assert.Single(byIdentifier.DBClusterSnapshots).DBClusterSnapshotArn);
        Assert.Contains(byCluster.DBClusterSnapshots, snapshot => snapshot.DBClusterSnapshotIdentifier == "nightly-2024-01-02");
    }

    [Fact]
    public async Task CreateDBClusterSnapshotAsync_WhenIdentifierTaken_ShouldThrowDBClusterSnapshotAlreadyExists()
    {
        await CreateClusterAsync("dup-cluster");
        var request = new CreateDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = "dup", DBClusterIdentifier = "dup-cluster" };
        await client.CreateDBClusterSnapshotAsync(request);

        var exception = await Assert.ThrowsAsync<DBClusterSnapshotAlreadyExistsException>(() => client.CreateDBClusterSnapshotAsync(request));

        Assert.Equal("DBClusterSnapshotAlreadyExistsFault", exception.ErrorCode);
    }

    [Fact]
    public async Task CreateDBClusterSnapshotAsync_WhenClusterMissing_ShouldThrowDBClusterNotFound()
    {
        var exception = await Assert.ThrowsAsync<DBClusterNotFoundException>(() => client.CreateDBClusterSnapshotAsync(
            new CreateDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = "orphan", DBClusterIdentifier = "no-such-cluster" }));

        Assert.Equal("DBClusterNotFoundFault", exception.ErrorCode);
    }

    [Fact]
    public async Task CopyAndDeleteDBClusterSnapshotAsync_WhenSourceExists_ShouldCopyThenDelete()
    {
        await CreateClusterAsync("copy-cluster");
        await client.CreateDBClusterSnapshotAsync(new CreateDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = "source", DBClusterIdentifier = "copy-cluster" });

        var copy = await client.CopyDBClusterSnapshotAsync(new CopyDBClusterSnapshotRequest
        {
            SourceDBClusterSnapshotIdentifier = "source",
            TargetDBClusterSnapshotIdentifier = "target",
            Tags = [new Tag("storageops:owner", "storageops")],
        });
        var deleted = await client.DeleteDBClusterSnapshotAsync(new DeleteDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = "target" });

        Assert.NotNull(copy);
        Assert.NotNull(deleted);
        Assert.Equal("target", copy.DBClusterSnapshotIdentifier);
        Assert.Equal("target", deleted.DBClusterSnapshotIdentifier);
        await Assert.ThrowsAsync<DBClusterSnapshotNotFoundException>(
            () => client.DescribeDBClusterSnapshotsAsync(new DescribeDBClusterSnapshotsRequest { DBClusterSnapshotIdentifier = "target" }));
    }

    [Fact]
    public async Task DeleteDBClusterSnapshotAsync_WhenMissing_ShouldThrowDBClusterSnapshotNotFound()
    {
        await Assert.ThrowsAsync<DBClusterSnapshotNotFoundException>(
            () => client.DeleteDBClusterSnapshotAsync(new DeleteDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = "never-created" }));
    }

    [Fact]
    public async Task DescribeDBClustersAsync_WhenClustersExist_ShouldReturnThemWithTagList()
    {
        await CreateClusterAsync("tagged-cluster", ("storageops:nightly", "true"));
        await CreateClusterAsync("plain-cluster");

        var all = await client.DescribeDBClustersAsync(new DescribeDBClustersRequest());
        var one = await client.DescribeDBClustersAsync(new DescribeDBClustersRequest { DBClusterIdentifier = "tagged-cluster" });

        Assert.Equal(["plain-cluster", "tagged-cluster"], all.DBClusters.Select(c => c.DBClusterIdentifier).Order(StringComparer.Ordinal));
        var tagged = Assert.Single(one.DBClusters);
        Assert.Equal("aurora-postgresql", tagged.Engine);
        Assert.Contains(new Tag("storageops:nightly", "true"), tagged.TagList);
        Assert.NotNull(tagged.DBClusterArn);
    }

    [Fact]
    public async Task DescribeDBClustersAsync_WhenFilteredByClusterId_ShouldReturnOnlyThatCluster()
    {
        await CreateClusterAsync("filtered-a");
        await CreateClusterAsync("filtered-b");

        var page = await client.DescribeDBClustersAsync(new DescribeDBClustersRequest { Filters = [new Filter("db-cluster-id", ["filtered-b"])] });

        Assert.Equal("filtered-b", Assert.Single(page.DBClusters).DBClusterIdentifier);
    }

    [Fact]
    public async Task DescribeDBClustersAsync_WhenClusterMissing_ShouldThrowDBClusterNotFound()
    {
        await Assert.ThrowsAsync<DBClusterNotFoundException>(
            () => client.DescribeDBClustersAsync(new DescribeDBClustersRequest { DBClusterIdentifier = "no-such-cluster" }));
    }

    [Fact]
    public async Task AddTagsToResourceAsync_WhenClusterExists_ShouldMakeTagsVisibleToListTagsForResource()
    {
        await CreateClusterAsync("tag-me");
        var arn = (await client.DescribeDBClustersAsync(new DescribeDBClustersRequest { DBClusterIdentifier = "tag-me" })).DBClusters[0].DBClusterArn!;

        await client.AddTagsToResourceAsync(new AddTagsToResourceRequest { ResourceName = arn, Tags = [new Tag("backup", "nightly"), new Tag("team", "storage ops")] });
        var tags = await client.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceName = arn });

        Assert.Contains(new Tag("backup", "nightly"), tags.TagList);
        Assert.Contains(new Tag("team", "storage ops"), tags.TagList);
    }

    /// <remarks>moto answers DescribeDBClusterSnapshots in one page whatever MaxRecords says; following Marker across pages is covered in <see cref="RdsClientResponseTests"/>.</remarks>
    [Fact]
    public async Task DescribeAllDBClusterSnapshotsAsync_WhenManySnapshots_ShouldReturnEverySnapshotOfTheCluster()
    {
        await CreateClusterAsync("paged-cluster");
        var expected = Enumerable.Range(1, 23).Select(i => $"paged-{i:D2}").ToList();
        foreach (var identifier in expected)
        {
            await client.CreateDBClusterSnapshotAsync(new CreateDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = identifier, DBClusterIdentifier = "paged-cluster" });
        }

        var described = new List<string>();
        await foreach (var snapshot in client.DescribeAllDBClusterSnapshotsAsync(new DescribeDBClusterSnapshotsRequest { DBClusterIdentifier = "paged-cluster", MaxRecords = 20 }))
        {
            described.Add(snapshot.DBClusterSnapshotIdentifier!);
        }

        Assert.Equal(expected, described.Where(id => id.StartsWith("paged-", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    private Task CreateClusterAsync(string identifier, params (string Key, string Value)[] tags)
    {
        var arguments = new List<string>
        {
            "rds", "create-db-cluster", "--db-cluster-identifier", identifier, "--engine", "aurora-postgresql",
            "--master-username", "postgres", "--master-user-password", "not-a-real-password",
        };
        if (tags.Length > 0)
        {
            arguments.Add("--tags");
            arguments.AddRange(tags.Select(tag => $"Key={tag.Key},Value={tag.Value}"));
        }

        return AwsCli.RunAsync(moto.Endpoint, [.. arguments]);
    }
}
