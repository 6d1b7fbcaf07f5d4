using System.Text.Json;
using StorageOps.Aws.Efs;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.Efs;

/// <summary>
/// For the same input (JSON with model member names), the official AWS SDK for JavaScript v3 and <see cref="EfsClient"/>
/// each send one request to a capture server; the requests must be the same on the wire.
/// </summary>
public sealed class EfsClientWireTests
{
    private const string FileSystemBody = """
        {"OwnerId":"123456789012","CreationToken":"token","FileSystemId":"fs-01234567","CreationTime":1481841524.0,
         "LifeCycleState":"creating","NumberOfMountTargets":0,"SizeInBytes":{"Value":0},"PerformanceMode":"generalPurpose","Tags":[]}
        """;

    private static readonly Dictionary<string, (string Operation, string Input, CannedResponse Response)> Cases = new()
    {
        ["CreateFileSystem with every member"] = ("CreateFileSystem", """
            {"CreationToken":"wire-every-member","PerformanceMode":"generalPurpose","Encrypted":true,
             "KmsKeyId":"arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
             "ThroughputMode":"provisioned","ProvisionedThroughputInMibps":128.5,"AvailabilityZoneName":"us-east-1a",
             "Backup":false,"Tags":[{"Key":"Name","Value":"wire test"},{"Key":"team/owner","Value":"storage ops+1@example"}]}
            """, CannedResponse.Json(201, FileSystemBody)),
        ["CreateFileSystem with elastic throughput and alias key"] = ("CreateFileSystem", """
            {"CreationToken":"wire-elastic","Encrypted":true,"KmsKeyId":"alias/storageops","ThroughputMode":"elastic","Backup":true,"Tags":[]}
            """, CannedResponse.Json(201, FileSystemBody)),
        ["CreateFileSystem with whole-number throughput"] = ("CreateFileSystem", """
            {"CreationToken":"wire-whole","ThroughputMode":"provisioned","ProvisionedThroughputInMibps":100}
            """, CannedResponse.Json(201, FileSystemBody)),
        ["CreateFileSystem minimal"] = ("CreateFileSystem", """{"CreationToken":"wire-minimal"}""", CannedResponse.Json(201, FileSystemBody)),
        ["DescribeFileSystems without arguments"] = ("DescribeFileSystems", "{}", CannedResponse.Json(200, """{"FileSystems":[]}""")),
        ["DescribeFileSystems by FileSystemId"] = ("DescribeFileSystems", """{"FileSystemId":"fs-0123456789abcdef0"}""", CannedResponse.Json(200, """{"FileSystems":[]}""")),
        ["DescribeFileSystems by CreationToken"] = ("DescribeFileSystems", """{"CreationToken":"token with spaces/slash+plus=eq&amp"}""", CannedResponse.Json(200, """{"FileSystems":[]}""")),
        ["DescribeFileSystems with MaxItems and Marker"] = ("DescribeFileSystems", """{"MaxItems":2,"Marker":"opaque/marker+=="}""", CannedResponse.Json(200, """{"FileSystems":[]}""")),
    };

    [Theory]
    [InlineData("CreateFileSystem with every member")]
    [InlineData("CreateFileSystem with elastic throughput and alias key")]
    [InlineData("CreateFileSystem with whole-number throughput")]
    [InlineData("CreateFileSystem minimal")]
    [InlineData("DescribeFileSystems without arguments")]
    [InlineData("DescribeFileSystems by FileSystemId")]
    [InlineData("DescribeFileSystems by CreationToken")]
    [InlineData("DescribeFileSystems with MaxItems and Marker")]
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
    [InlineData("CreateFileSystem with every member")]
    [InlineData("DescribeFileSystems by CreationToken")]
    [InlineData("DescribeFileSystems with MaxItems and Marker")]
    public async Task Signature_WhenSameInputAsOfficialJavaScriptSdk_ShouldBeSigV4ForElasticFileSystemWithSameCanonicalPath(string name)
    {
        var (official, ours) = await CaptureBothAsync(name);
        foreach (var request in new[] { official, ours })
        {
            var authorization = SigV4Verifier.Parse(request.Header("Authorization"));
            Assert.Equal("AWS4-HMAC-SHA256", authorization.Algorithm);
            Assert.Equal("elasticfilesystem", authorization.Service);
            Assert.Equal(EfsTestClients.Region, authorization.Region);
            Assert.Equal(OfficialJavaScriptSdk.AccessKeyId, authorization.AccessKeyId);
            Assert.Contains("host", authorization.SignedHeaders);
            Assert.Contains("x-amz-date", authorization.SignedHeaders);
            SigV4Verifier.AssertSignatureValid(request, OfficialJavaScriptSdk.SecretAccessKey);
        }

        Assert.Equal(SigV4Verifier.CanonicalUri(official), SigV4Verifier.CanonicalUri(ours));
    }

    private static Task<(CapturedRequest Official, CapturedRequest Ours)> CaptureBothAsync(string name)
    {
        var (operation, input, response) = Cases[name];
        return WireCapture.BothAsync("efs", EfsTestClients.Region, operation, input, response, async endpoint =>
        {
            using var client = EfsTestClients.For(endpoint);
            await InvokeAsync(client, operation, input);
        });
    }

    private static async Task InvokeAsync(EfsClient client, string operation, string input)
    {
        switch (operation)
        {
            case "CreateFileSystem":
                await client.CreateFileSystemAsync(JsonSerializer.Deserialize<CreateFileSystemRequest>(input)!);
                break;
            case "DescribeFileSystems":
                await client.DescribeFileSystemsAsync(JsonSerializer.Deserialize<DescribeFileSystemsRequest>(input)!);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, "No such EFS operation in these tests.");
        }
    }
}
