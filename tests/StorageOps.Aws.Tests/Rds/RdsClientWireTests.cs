using System.Text.Json;
using StorageOps.Aws.Rds;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.Rds;

/// <summary>
/// For the same input (JSON with model member names), the official AWS SDK for JavaScript v3 and <see cref="RdsClient"/>
/// each send one request to a capture server; the requests must be the same on the wire (form bodies parameter by parameter).
/// </summary>
public sealed class RdsClientWireTests
{
    private const string SnapshotResult = "<DBClusterSnapshot><DBClusterSnapshotIdentifier>snap</DBClusterSnapshotIdentifier><Status>creating</Status></DBClusterSnapshot>";

    private static readonly Dictionary<string, (string Operation, string Input)> Cases = new()
    {
        ["CreateDBClusterSnapshot with tags"] = ("CreateDBClusterSnapshot", """
            {"DBClusterSnapshotIdentifier":"nightly-2024-01-02","DBClusterIdentifier":"orders-cluster",
             "Tags":[{"Key":"storageops:owner","Value":"storageops"},{"Key":"Name","Value":"nightly snapshot/with+special=chars@more:x"},{"Key":"empty","Value":""}]}
            """),
        ["CreateDBClusterSnapshot with empty tag list"] = ("CreateDBClusterSnapshot", """
            {"DBClusterSnapshotIdentifier":"nightly-empty-tags","DBClusterIdentifier":"orders-cluster","Tags":[]}
            """),
        ["CreateDBClusterSnapshot minimal"] = ("CreateDBClusterSnapshot", """{"DBClusterSnapshotIdentifier":"s1","DBClusterIdentifier":"c1"}"""),
        ["DescribeDBClusterSnapshots without arguments"] = ("DescribeDBClusterSnapshots", "{}"),
        ["DescribeDBClusterSnapshots by snapshot identifier"] = ("DescribeDBClusterSnapshots", """{"DBClusterSnapshotIdentifier":"nightly-2024-01-02"}"""),
        ["DescribeDBClusterSnapshots with every member"] = ("DescribeDBClusterSnapshots", """
            {"DBClusterIdentifier":"orders-cluster","SnapshotType":"manual",
             "Filters":[{"Name":"db-cluster-id","Values":["orders-cluster","arn:aws:rds:us-east-1:111122223333:cluster:other"]},{"Name":"snapshot-type","Values":["manual"]}],
             "MaxRecords":20,"Marker":"opaque/marker+==","IncludeShared":true,"IncludePublic":false,"DbClusterResourceId":"cluster-ABCDEFGHIJ"}
            """),
        ["DescribeDBClusterSnapshots with filter without values"] = ("DescribeDBClusterSnapshots", """{"Filters":[{"Name":"engine","Values":[]}]}"""),
        ["DeleteDBClusterSnapshot"] = ("DeleteDBClusterSnapshot", """{"DBClusterSnapshotIdentifier":"nightly-2024-01-02"}"""),
        ["CopyDBClusterSnapshot with every member"] = ("CopyDBClusterSnapshot", """
            {"SourceDBClusterSnapshotIdentifier":"arn:aws:rds:us-east-1:111122223333:cluster-snapshot:rds:orders-2024-01-02-03-04",
             "TargetDBClusterSnapshotIdentifier":"orders-copy-2024-01-02","KmsKeyId":"arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
             "PreSignedUrl":"https://rds.us-west-2.amazonaws.com/?Action=CopyDBClusterSnapshot&X-Amz-Signature=abc","CopyTags":true,
             "Tags":[{"Key":"storageops:owner","Value":"storageops"}]}
            """),
        ["CopyDBClusterSnapshot minimal"] = ("CopyDBClusterSnapshot", """{"SourceDBClusterSnapshotIdentifier":"a","TargetDBClusterSnapshotIdentifier":"b","CopyTags":false}"""),
        ["DescribeDBClusters without arguments"] = ("DescribeDBClusters", "{}"),
        ["DescribeDBClusters with every member"] = ("DescribeDBClusters", """
            {"DBClusterIdentifier":"orders-cluster","Filters":[{"Name":"engine","Values":["aurora-postgresql","aurora-mysql"]}],
             "MaxRecords":100,"Marker":"m 1","IncludeShared":false}
            """),
        ["ListTagsForResource"] = ("ListTagsForResource", """{"ResourceName":"arn:aws:rds:us-east-1:111122223333:cluster:orders-cluster"}"""),
        ["ListTagsForResource with filters"] = ("ListTagsForResource", """
            {"ResourceName":"arn:aws:rds:us-east-1:111122223333:cluster-snapshot:nightly","Filters":[{"Name":"tag-key","Values":["a","b"]}]}
            """),
        ["AddTagsToResource"] = ("AddTagsToResource", """
            {"ResourceName":"arn:aws:rds:us-east-1:111122223333:cluster:orders-cluster","Tags":[{"Key":"backup","Value":"nightly"},{"Key":"ünïcode","Value":"välue ünï 42"}]}
            """),
        ["RemoveTagsFromResource"] = ("RemoveTagsFromResource", """
            {"ResourceName":"arn:aws:rds:us-east-1:111122223333:cluster-snapshot:nightly","TagKeys":["storageops:owner"]}
            """),
        ["RemoveTagsFromResource several keys"] = ("RemoveTagsFromResource", """
            {"ResourceName":"arn:aws:rds:us-east-1:111122223333:cluster:orders-cluster","TagKeys":["backup","ünïcode","a b/c=d+e@f"]}
            """),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Request_WhenSameInputAsOfficialJavaScriptSdk_ShouldBeSameOnTheWire(string name)
    {
        var (official, ours) = await CaptureBothAsync(name);

        Assert.Equal(official.Method, ours.Method);
        Assert.Equal("POST", ours.Method);
        Assert.Equal(official.RawPath, ours.RawPath);
        Assert.Equal(official.QueryParameters, ours.QueryParameters);
        Assert.Equal(WireCapture.MediaType(official), WireCapture.MediaType(ours));
        Assert.Equal("application/x-www-form-urlencoded", WireCapture.MediaType(ours));
        Assert.Null(ours.Header("X-Amz-Target"));
        Assert.Equal(FormParameters.Parse(official.BodyText), FormParameters.Parse(ours.BodyText));
    }

    [Theory]
    [InlineData("CreateDBClusterSnapshot minimal")]
    [InlineData("DescribeDBClusterSnapshots without arguments")]
    [InlineData("AddTagsToResource")]
    public async Task ContentType_WhenSameInputAsOfficialJavaScriptSdk_ShouldBeExactlyTheSameHeader(string name)
    {
        var (official, ours) = await CaptureBothAsync(name);

        Assert.Equal("application/x-www-form-urlencoded", official.Header("Content-Type"));
        Assert.Equal(official.Header("Content-Type"), ours.Header("Content-Type"));
    }

    [Theory]
    [InlineData("CreateDBClusterSnapshot")]
    [InlineData("DescribeDBClusterSnapshots")]
    [InlineData("DeleteDBClusterSnapshot")]
    [InlineData("CopyDBClusterSnapshot")]
    [InlineData("DescribeDBClusters")]
    [InlineData("ListTagsForResource")]
    [InlineData("AddTagsToResource")]
    [InlineData("RemoveTagsFromResource")]
    public async Task Request_WhenBotocoreExampleInput_ShouldBeSameOnTheWireAsOfficialJavaScriptSdk(string operation)
    {
        var input = (await Botocore.ExampleAsync("rds", "2014-10-31", operation)).GetProperty("input").GetRawText();
        var (official, ours) = await WireCapture.BothAsync("rds", RdsTestClients.Region, operation, input, ResponseFor(operation), async endpoint =>
        {
            using var client = RdsTestClients.For(endpoint);
            await InvokeAsync(client, operation, input);
        });

        Assert.Equal(FormParameters.Parse(official.BodyText), FormParameters.Parse(ours.BodyText));
        Assert.Contains(("Action", operation), FormParameters.Parse(ours.BodyText));
        Assert.Contains(("Version", "2014-10-31"), FormParameters.Parse(ours.BodyText));
    }

    [Theory]
    [InlineData("CreateDBClusterSnapshot with tags")]
    [InlineData("DescribeDBClusterSnapshots with every member")]
    [InlineData("AddTagsToResource")]
    [InlineData("RemoveTagsFromResource several keys")]
    public async Task Signature_WhenSameInputAsOfficialJavaScriptSdk_ShouldBeSigV4ForRds(string name)
    {
        var (official, ours) = await CaptureBothAsync(name);

        foreach (var request in new[] { official, ours })
        {
            var authorization = SigV4Verifier.Parse(request.Header("Authorization"));
            Assert.Equal("rds", authorization.Service);
            Assert.Equal(RdsTestClients.Region, authorization.Region);
            Assert.Contains("content-type", authorization.SignedHeaders);
            SigV4Verifier.AssertSignatureValid(request, OfficialJavaScriptSdk.SecretAccessKey);
        }
    }

    private static Task<(CapturedRequest Official, CapturedRequest Ours)> CaptureBothAsync(string name)
    {
        var (operation, input) = Cases[name];
        return WireCapture.BothAsync("rds", RdsTestClients.Region, operation, input, ResponseFor(operation), async endpoint =>
        {
            using var client = RdsTestClients.For(endpoint);
            await InvokeAsync(client, operation, input);
        });
    }

    private static CannedResponse ResponseFor(string operation) => operation switch
    {
        "DescribeDBClusterSnapshots" => RdsTestClients.Xml(operation, "<DBClusterSnapshots/>"),
        "DescribeDBClusters" => RdsTestClients.Xml(operation, "<DBClusters/>"),
        "ListTagsForResource" => RdsTestClients.Xml(operation, "<TagList/>"),
        "AddTagsToResource" or "RemoveTagsFromResource" => RdsTestClients.Xml(operation, string.Empty),
        _ => RdsTestClients.Xml(operation, SnapshotResult),
    };

    private static async Task InvokeAsync(RdsClient client, string operation, string input)
    {
        switch (operation)
        {
            case "CreateDBClusterSnapshot":
                await client.CreateDBClusterSnapshotAsync(JsonSerializer.Deserialize<CreateDBClusterSnapshotRequest>(input)!);
                break;
            case "DescribeDBClusterSnapshots":
                await client.DescribeDBClusterSnapshotsAsync(JsonSerializer.Deserialize<DescribeDBClusterSnapshotsRequest>(input)!);
                break;
            case "DeleteDBClusterSnapshot":
                await client.DeleteDBClusterSnapshotAsync(JsonSerializer.Deserialize<DeleteDBClusterSnapshotRequest>(input)!);
                break;
            case "CopyDBClusterSnapshot":
                await client.CopyDBClusterSnapshotAsync(JsonSerializer.Deserialize<CopyDBClusterSnapshotRequest>(input)!);
                break;
            case "DescribeDBClusters":
                await client.DescribeDBClustersAsync(JsonSerializer.Deserialize<DescribeDBClustersRequest>(input)!);
                break;
            case "ListTagsForResource":
                await client.ListTagsForResourceAsync(JsonSerializer.Deserialize<ListTagsForResourceRequest>(input)!);
                break;
            case "AddTagsToResource":
                await client.AddTagsToResourceAsync(JsonSerializer.Deserialize<AddTagsToResourceRequest>(input)!);
                break;
            case "RemoveTagsFromResource":
                await client.RemoveTagsFromResourceAsync(JsonSerializer.Deserialize<RemoveTagsFromResourceRequest>(input)!);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, "No such RDS operation in these tests.");
        }
    }
}
