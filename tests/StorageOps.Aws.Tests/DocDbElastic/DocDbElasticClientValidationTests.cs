using StorageOps.Aws.DocDbElastic;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.DocDbElastic;

/// <summary>Documented DocumentDB Elastic constraints are checked before any request: a named exception, nothing on the wire.</summary>
public sealed class DocDbElasticClientValidationTests
{
    private static readonly CopyClusterSnapshotRequest ValidCopy = new() { SnapshotArn = DocDbElasticBodies.SnapshotArn, TargetSnapshotName = "copy" };

    private static readonly Dictionary<string, (Func<DocDbElasticClient, Task> Call, string Parameter)> Cases = new()
    {
        ["empty snapshot name"] = (c => c.CopyClusterSnapshotAsync(ValidCopy with { TargetSnapshotName = "" }), "TargetSnapshotName"),
        ["null snapshot name"] = (c => c.CopyClusterSnapshotAsync(ValidCopy with { TargetSnapshotName = null! }), "TargetSnapshotName"),
        ["64-character snapshot name"] = (c => c.CopyClusterSnapshotAsync(ValidCopy with { TargetSnapshotName = "a" + new string('b', 63) }), "TargetSnapshotName"),
        ["snapshot name starting with a digit"] = (c => c.CopyClusterSnapshotAsync(ValidCopy with { TargetSnapshotName = "1copy" }), "TargetSnapshotName"),
        ["snapshot name starting with a hyphen"] = (c => c.CopyClusterSnapshotAsync(ValidCopy with { TargetSnapshotName = "-copy" }), "TargetSnapshotName"),
        ["snapshot name ending with a hyphen"] = (c => c.CopyClusterSnapshotAsync(ValidCopy with { TargetSnapshotName = "copy-" }), "TargetSnapshotName"),
        ["snapshot name with two hyphens in a row"] = (c => c.CopyClusterSnapshotAsync(ValidCopy with { TargetSnapshotName = "nightly--copy" }), "TargetSnapshotName"),
        ["snapshot name with an underscore"] = (c => c.CopyClusterSnapshotAsync(ValidCopy with { TargetSnapshotName = "nightly_copy" }), "TargetSnapshotName"),
        ["snapshot name with a non-ASCII letter"] = (c => c.CopyClusterSnapshotAsync(ValidCopy with { TargetSnapshotName = "copié" }), "TargetSnapshotName"),
        ["missing snapshot ARN"] = (c => c.CopyClusterSnapshotAsync(ValidCopy with { SnapshotArn = "" }), "SnapshotArn"),
        ["malformed KMS key"] = (c => c.CopyClusterSnapshotAsync(ValidCopy with { KmsKeyId = "my key" }), "KmsKeyId"),
        ["aws: tag key"] = (c => c.CopyClusterSnapshotAsync(ValidCopy with { Tags = new Dictionary<string, string> { ["aws:owner"] = "x" } }), "Tags[aws:owner]"),
        ["129-character tag key"] = (c => c.CopyClusterSnapshotAsync(ValidCopy with { Tags = new Dictionary<string, string> { [new string('k', 129)] = "x" } }), $"Tags[{new string('k', 129)}]"),
        ["empty tag key"] = (c => c.CopyClusterSnapshotAsync(ValidCopy with { Tags = new Dictionary<string, string> { [""] = "x" } }), "Tags[]"),
        ["tag key with a space"] = (c => c.CopyClusterSnapshotAsync(ValidCopy with { Tags = new Dictionary<string, string> { ["team name"] = "x" } }), "Tags[team name]"),
        ["257-character tag value"] = (c => c.CopyClusterSnapshotAsync(ValidCopy with { Tags = new Dictionary<string, string> { ["k"] = new string('v', 257) } }), "Tags[k]"),
        ["GetClusterSnapshot without ARN"] = (c => c.GetClusterSnapshotAsync(new GetClusterSnapshotRequest { SnapshotArn = "" }), "SnapshotArn"),
        ["ListClusterSnapshots with maxResults 19"] = (c => c.ListClusterSnapshotsAsync(new ListClusterSnapshotsRequest { MaxResults = 19 }), "MaxResults"),
        ["ListClusterSnapshots with maxResults 101"] = (c => c.ListClusterSnapshotsAsync(new ListClusterSnapshotsRequest { MaxResults = 101 }), "MaxResults"),
        ["ListClusterSnapshots with unknown type"] = (c => c.ListClusterSnapshotsAsync(new ListClusterSnapshotsRequest { SnapshotType = "shared" }), "SnapshotType"),
        ["ListClusterSnapshots with empty token"] = (c => c.ListClusterSnapshotsAsync(new ListClusterSnapshotsRequest { NextToken = "" }), "NextToken"),
        ["ListClusters with maxResults 0"] = (c => c.ListClustersAsync(new ListClustersRequest { MaxResults = 0 }), "MaxResults"),
        ["ListClusters with maxResults 101"] = (c => c.ListClustersAsync(new ListClustersRequest { MaxResults = 101 }), "MaxResults"),
        ["UntagResource without keys"] = (c => c.UntagResourceAsync(new UntagResourceRequest { ResourceArn = DocDbElasticBodies.ClusterArn, TagKeys = null! }), "TagKeys"),
        ["UntagResource with 51 keys"] = (c => c.UntagResourceAsync(new UntagResourceRequest { ResourceArn = DocDbElasticBodies.ClusterArn, TagKeys = [.. Enumerable.Range(0, 51).Select(i => $"k{i}")] }), "TagKeys"),
        ["UntagResource with aws: key"] = (c => c.UntagResourceAsync(new UntagResourceRequest { ResourceArn = DocDbElasticBodies.ClusterArn, TagKeys = ["ok", "aws:owner"] }), "TagKeys[1]"),
        ["GetCluster without ARN"] = (c => c.GetClusterAsync(new GetClusterRequest { ClusterArn = null! }), "ClusterArn"),
        ["ListTagsForResource with 1012-character ARN"] = (c => c.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = DocDbElasticBodies.ClusterArn + new string('x', 1012 - DocDbElasticBodies.ClusterArn.Length) }), "ResourceArn"),
        ["TagResource without tags"] = (c => c.TagResourceAsync(new TagResourceRequest { ResourceArn = DocDbElasticBodies.ClusterArn, Tags = null! }), "Tags"),
        ["TagResource with aws: key"] = (c => c.TagResourceAsync(new TagResourceRequest { ResourceArn = DocDbElasticBodies.ClusterArn, Tags = new Dictionary<string, string> { ["aws:x"] = "y" } }), "Tags[aws:x]"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Operation_WhenConstraintBroken_ShouldThrowValidationErrorAndSendNothing(string name)
    {
        var (call, parameter) = Cases[name];
        await using var server = new CaptureServer();
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<AwsRequestValidationException>(() => call(client));

        Assert.Equal(parameter, exception.ParamName);
        Assert.False(string.IsNullOrWhiteSpace(exception.Reason));
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("elastic-cluster-snapshot-5")]
    [InlineData("Nightly-2024-03-02-orders")]
    [InlineData("z12345678901234567890123456789012345678901234567890123456789012")]
    public async Task CopyClusterSnapshotAsync_WhenNameFollowsEveryRule_ShouldSendTheRequest(string name)
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, DocDbElasticBodies.SnapshotResponse));
        using var client = DocDbElasticTestClients.For(server.Endpoint);

        await client.CopyClusterSnapshotAsync(ValidCopy with
        {
            TargetSnapshotName = name,
            KmsKeyId = "arn:aws:kms:us-west-2:444455556666:alias/projectKey1",
            Tags = new Dictionary<string, string> { [new string('k', 128)] = new string('v', 256), ["a+b=c.d_e:f/0"] = "" },
        });

        Assert.Single(server.Requests);
    }
}
