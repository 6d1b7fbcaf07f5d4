using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.DocDbElastic;

/// <summary>
/// For the same input (JSON with the model's lower-camel member names), the official AWS SDK for JavaScript v3 and
/// <see cref="Aws.DocDbElastic.DocDbElasticClient"/> each send one request to a capture server; the requests must be the same on the wire.
/// </summary>
public sealed class DocDbElasticClientWireTests
{
    private const string SnapshotArn = DocDbElasticBodies.SnapshotArn;
    private const string ClusterArn = DocDbElasticBodies.ClusterArn;

    private static readonly CannedResponse Snapshot = CannedResponse.Json(200, DocDbElasticBodies.SnapshotResponse);

    private static readonly Dictionary<string, (string Operation, string Input, CannedResponse Response)> Cases = new()
    {
        ["CopyClusterSnapshot with every member"] = ("CopyClusterSnapshot", $$$"""
            {"snapshotArn":"{{{SnapshotArn}}}","targetSnapshotName":"elastic-cluster-snapshot-5","copyTags":true,
             "kmsKeyId":"arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
             "tags":{"owner":"storageops","retention/days":"14","a+b=c.d_e:f":""}}
            """, Snapshot),
        ["CopyClusterSnapshot minimal"] = ("CopyClusterSnapshot", $$"""{"snapshotArn":"{{SnapshotArn}}","targetSnapshotName":"copy1"}""", Snapshot),
        ["CopyClusterSnapshot without copying tags and with an alias"] = ("CopyClusterSnapshot", $$$"""
            {"snapshotArn":"{{{SnapshotArn}}}","targetSnapshotName":"nightly-2024-03-02","copyTags":false,"kmsKeyId":"alias/docdb-copies","tags":{}}
            """, Snapshot),
        ["GetClusterSnapshot"] = ("GetClusterSnapshot", $$"""{"snapshotArn":"{{SnapshotArn}}"}""", Snapshot),
        ["DeleteClusterSnapshot"] = ("DeleteClusterSnapshot", $$"""{"snapshotArn":"{{SnapshotArn}}"}""", Snapshot),
        ["ListClusterSnapshots without arguments"] = ("ListClusterSnapshots", "{}", CannedResponse.Json(200, """{"snapshots":[]}""")),
        ["ListClusterSnapshots with every member"] = ("ListClusterSnapshots", $$"""
            {"clusterArn":"{{ClusterArn}}","snapshotType":"manual","maxResults":20,"nextToken":"opaque/token+=="}
            """, CannedResponse.Json(200, """{"snapshots":[]}""")),
        ["ListClusterSnapshots of automated snapshots"] = ("ListClusterSnapshots", """{"snapshotType":"automated","maxResults":100}""", CannedResponse.Json(200, """{"snapshots":[]}""")),
        ["ListClusters without arguments"] = ("ListClusters", "{}", CannedResponse.Json(200, """{"clusters":[]}""")),
        ["ListClusters with paging"] = ("ListClusters", """{"maxResults":1,"nextToken":"next/1=="}""", CannedResponse.Json(200, """{"clusters":[]}""")),
        ["GetCluster"] = ("GetCluster", $$"""{"clusterArn":"{{ClusterArn}}"}""", CannedResponse.Json(200, DocDbElasticBodies.Cluster)),
        ["ListTagsForResource of a cluster"] = ("ListTagsForResource", $$"""{"resourceArn":"{{ClusterArn}}"}""", CannedResponse.Json(200, """{"tags":{}}""")),
        ["ListTagsForResource of a snapshot"] = ("ListTagsForResource", $$"""{"resourceArn":"{{SnapshotArn}}"}""", CannedResponse.Json(200, """{"tags":{"a":"b"}}""")),
        ["TagResource"] = ("TagResource", $$$"""
            {"resourceArn":"{{{SnapshotArn}}}","tags":{"storageops:owned":"true","copied-from":"nightly","empty":""}}
            """, CannedResponse.Json(200, "{}")),
        ["UntagResource one key"] = ("UntagResource", $$"""{"resourceArn":"{{SnapshotArn}}","tagKeys":["storageops:owned"]}""", CannedResponse.Json(200, "{}")),
        ["UntagResource several keys"] = ("UntagResource", $$"""
            {"resourceArn":"{{ClusterArn}}","tagKeys":["copied-from","retention/days","a+b=c.d_e:f"]}
            """, CannedResponse.Json(200, "{}")),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Request_WhenSameInputAsOfficialJavaScriptSdk_ShouldBeSameOnTheWire(string name)
    {
        var (official, ours) = await CaptureBothAsync(name);

        Assert.Equal(official.Method, ours.Method);
        Assert.Equal(official.RawPath, ours.RawPath);
        Assert.Equal(official.QueryParameters, ours.QueryParameters);
        Assert.Equal(WireCapture.MediaType(official), WireCapture.MediaType(ours));
        if (official.Body.Length == 0)
        {
            Assert.Empty(ours.Body);
        }
        else
        {
            JsonSemantics.AssertEqual(official.BodyText, ours.BodyText);
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Signature_WhenSameInputAsOfficialJavaScriptSdk_ShouldBeSigV4ForDocDbElasticWithTheSameCanonicalUri(string name)
    {
        var (official, ours) = await CaptureBothAsync(name);

        foreach (var request in new[] { official, ours })
        {
            var authorization = SigV4Verifier.Parse(request.Header("Authorization"));
            Assert.Equal("docdb-elastic", authorization.Service);
            Assert.Equal(DocDbElasticTestClients.Region, authorization.Region);
            SigV4Verifier.AssertSignatureValid(request, OfficialJavaScriptSdk.SecretAccessKey);
        }

        Assert.Equal(SigV4Verifier.CanonicalUri(official), SigV4Verifier.CanonicalUri(ours));
    }

    [Fact]
    public async Task CopyClusterSnapshotAsync_WhenArnInPath_ShouldPercentEncodeItIntoOneSegment()
    {
        var (_, ours) = await CaptureBothAsync("CopyClusterSnapshot minimal");

        Assert.Equal(
            "/cluster-snapshot/arn%3Aaws%3Adocdb-elastic%3Aus-east-1%3A111122223333%3Acluster-snapshot%2F0f9e8d7c-6b5a-4321-8765-abcdef012345/copy",
            ours.RawPath);
    }

    private static Task<(CapturedRequest Official, CapturedRequest Ours)> CaptureBothAsync(string name)
    {
        var (operation, input, response) = Cases[name];
        return WireCapture.BothAsync("docdb-elastic", DocDbElasticTestClients.Region, operation, input, response, async endpoint =>
        {
            using var client = DocDbElasticTestClients.For(endpoint);
            await DocDbElasticOperationInvoker.InvokeAsync(client, operation, input);
        });
    }
}
