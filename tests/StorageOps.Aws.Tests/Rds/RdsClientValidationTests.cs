using StorageOps.Aws.Rds;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.Rds;

/// <summary>Documented RDS constraints are checked before any request: a named exception, nothing on the wire.</summary>
public sealed class RdsClientValidationTests
{
    private static readonly CreateDBClusterSnapshotRequest ValidCreate = new() { DBClusterSnapshotIdentifier = "nightly-1", DBClusterIdentifier = "orders" };
    private static readonly CopyDBClusterSnapshotRequest ValidCopy = new() { SourceDBClusterSnapshotIdentifier = "nightly-1", TargetDBClusterSnapshotIdentifier = "copy-1" };

    private static readonly Dictionary<string, (Func<RdsClient, Task> Call, string Parameter)> Cases = new()
    {
        ["create: empty snapshot identifier"] = (c => c.CreateDBClusterSnapshotAsync(ValidCreate with { DBClusterSnapshotIdentifier = "" }), "DBClusterSnapshotIdentifier"),
        ["create: null snapshot identifier"] = (c => c.CreateDBClusterSnapshotAsync(ValidCreate with { DBClusterSnapshotIdentifier = null! }), "DBClusterSnapshotIdentifier"),
        ["create: identifier starting with a digit"] = (c => c.CreateDBClusterSnapshotAsync(ValidCreate with { DBClusterSnapshotIdentifier = "1nightly" }), "DBClusterSnapshotIdentifier"),
        ["create: identifier with trailing hyphen"] = (c => c.CreateDBClusterSnapshotAsync(ValidCreate with { DBClusterSnapshotIdentifier = "nightly-" }), "DBClusterSnapshotIdentifier"),
        ["create: identifier with two hyphens"] = (c => c.CreateDBClusterSnapshotAsync(ValidCreate with { DBClusterSnapshotIdentifier = "nightly--1" }), "DBClusterSnapshotIdentifier"),
        ["create: identifier with underscore"] = (c => c.CreateDBClusterSnapshotAsync(ValidCreate with { DBClusterSnapshotIdentifier = "nightly_1" }), "DBClusterSnapshotIdentifier"),
        ["create: 64-character identifier"] = (c => c.CreateDBClusterSnapshotAsync(ValidCreate with { DBClusterSnapshotIdentifier = "a" + new string('b', 63) }), "DBClusterSnapshotIdentifier"),
        ["copy: 64-character target"] = (c => c.CopyDBClusterSnapshotAsync(ValidCopy with { TargetDBClusterSnapshotIdentifier = "a" + new string('b', 63) }), "TargetDBClusterSnapshotIdentifier"),
        ["create: missing cluster"] = (c => c.CreateDBClusterSnapshotAsync(ValidCreate with { DBClusterIdentifier = "" }), "DBClusterIdentifier"),
        ["create: empty tag key"] = (c => c.CreateDBClusterSnapshotAsync(ValidCreate with { Tags = [new Tag("", "v")] }), "Tags[0].Key"),
        ["create: 129-character tag key"] = (c => c.CreateDBClusterSnapshotAsync(ValidCreate with { Tags = [new Tag("ok", "v"), new Tag(new string('k', 129), "v")] }), "Tags[1].Key"),
        ["create: aws: tag key"] = (c => c.CreateDBClusterSnapshotAsync(ValidCreate with { Tags = [new Tag("aws:cloudformation:stack", "v")] }), "Tags[0].Key"),
        ["create: rds: tag key"] = (c => c.CreateDBClusterSnapshotAsync(ValidCreate with { Tags = [new Tag("rds:owner", "v")] }), "Tags[0].Key"),
        ["create: 257-character tag value"] = (c => c.CreateDBClusterSnapshotAsync(ValidCreate with { Tags = [new Tag("k", new string('v', 257))] }), "Tags[0].Value"),
        ["describe snapshots: MaxRecords 19"] = (c => c.DescribeDBClusterSnapshotsAsync(new DescribeDBClusterSnapshotsRequest { MaxRecords = 19 }), "MaxRecords"),
        ["describe snapshots: MaxRecords 101"] = (c => c.DescribeDBClusterSnapshotsAsync(new DescribeDBClusterSnapshotsRequest { MaxRecords = 101 }), "MaxRecords"),
        ["describe snapshots: cluster and snapshot"] = (c => c.DescribeDBClusterSnapshotsAsync(new DescribeDBClusterSnapshotsRequest { DBClusterIdentifier = "c", DBClusterSnapshotIdentifier = "s" }), "DBClusterSnapshotIdentifier"),
        ["describe snapshots: unknown snapshot type"] = (c => c.DescribeDBClusterSnapshotsAsync(new DescribeDBClusterSnapshotsRequest { SnapshotType = "daily" }), "SnapshotType"),
        ["describe snapshots: filter without name"] = (c => c.DescribeDBClusterSnapshotsAsync(new DescribeDBClusterSnapshotsRequest { Filters = [new Filter("", ["x"])] }), "Filters[0].Name"),
        ["describe snapshots: filter without values"] = (c => c.DescribeDBClusterSnapshotsAsync(new DescribeDBClusterSnapshotsRequest { Filters = [new Filter("engine", null!)] }), "Filters[0].Values"),
        ["describe clusters: null filter value"] = (c => c.DescribeDBClustersAsync(new DescribeDBClustersRequest { Filters = [new Filter("db-cluster-id", ["a", null!])] }), "Filters[0].Values[1]"),
        ["delete: missing identifier"] = (c => c.DeleteDBClusterSnapshotAsync(new DeleteDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = "" }), "DBClusterSnapshotIdentifier"),
        ["copy: missing source"] = (c => c.CopyDBClusterSnapshotAsync(ValidCopy with { SourceDBClusterSnapshotIdentifier = "" }), "SourceDBClusterSnapshotIdentifier"),
        ["copy: malformed target"] = (c => c.CopyDBClusterSnapshotAsync(ValidCopy with { TargetDBClusterSnapshotIdentifier = "copy--1" }), "TargetDBClusterSnapshotIdentifier"),
        ["copy: malformed KMS key"] = (c => c.CopyDBClusterSnapshotAsync(ValidCopy with { KmsKeyId = "my key" }), "KmsKeyId"),
        ["copy: rds: tag key"] = (c => c.CopyDBClusterSnapshotAsync(ValidCopy with { Tags = [new Tag("RDS:x", "v")] }), "Tags[0].Key"),
        ["describe clusters: MaxRecords 0"] = (c => c.DescribeDBClustersAsync(new DescribeDBClustersRequest { MaxRecords = 0 }), "MaxRecords"),
        ["list tags: missing resource"] = (c => c.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceName = "" }), "ResourceName"),
        ["add tags: missing resource"] = (c => c.AddTagsToResourceAsync(new AddTagsToResourceRequest { ResourceName = "", Tags = [] }), "ResourceName"),
        ["add tags: missing tags"] = (c => c.AddTagsToResourceAsync(new AddTagsToResourceRequest { ResourceName = "arn:aws:rds:us-east-1:1:cluster:c", Tags = null! }), "Tags"),
        ["remove tags: missing resource"] = (c => c.RemoveTagsFromResourceAsync(new RemoveTagsFromResourceRequest { ResourceName = "", TagKeys = ["k"] }), "ResourceName"),
        ["remove tags: missing keys"] = (c => c.RemoveTagsFromResourceAsync(new RemoveTagsFromResourceRequest { ResourceName = "arn:aws:rds:us-east-1:1:cluster:c", TagKeys = null! }), "TagKeys"),
        ["add tags: aws: key"] = (c => c.AddTagsToResourceAsync(new AddTagsToResourceRequest { ResourceName = "arn:aws:rds:us-east-1:1:cluster:c", Tags = [new Tag("aws:x", "v")] }), "Tags[0].Key"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Operation_WhenConstraintBroken_ShouldThrowValidationErrorAndSendNothing(string name)
    {
        var (call, parameter) = Cases[name];
        await using var server = new CaptureServer();
        using var client = RdsTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<AwsRequestValidationException>(() => call(client));

        Assert.Equal(parameter, exception.ParamName);
        Assert.False(string.IsNullOrWhiteSpace(exception.Reason));
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("my-cluster1-snapshot1")]
    [InlineData("A1-b2-C3")]
    public async Task CreateDBClusterSnapshotAsync_WhenIdentifierFollowsTheRules_ShouldSendTheRequest(string identifier)
    {
        await using var server = new CaptureServer();
        server.Respond(RdsTestClients.Xml("CreateDBClusterSnapshot", $"<DBClusterSnapshot><DBClusterSnapshotIdentifier>{identifier}</DBClusterSnapshotIdentifier></DBClusterSnapshot>"));
        using var client = RdsTestClients.For(server.Endpoint);

        await client.CreateDBClusterSnapshotAsync(ValidCreate with
        {
            DBClusterSnapshotIdentifier = identifier,
            Tags = [new Tag(new string('k', 128), new string('v', 256)), new Tag("Name", "")],
        });

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task CreateDBClusterSnapshotAsync_When63CharacterIdentifier_ShouldSendTheRequest()
    {
        await using var server = new CaptureServer();
        server.Respond(RdsTestClients.Xml("CreateDBClusterSnapshot", "<DBClusterSnapshot><DBClusterSnapshotIdentifier>x</DBClusterSnapshotIdentifier></DBClusterSnapshot>"));
        using var client = RdsTestClients.For(server.Endpoint);

        await client.CreateDBClusterSnapshotAsync(ValidCreate with { DBClusterSnapshotIdentifier = "a" + new string('b', 62) });

        Assert.Single(server.Requests);
    }
}
