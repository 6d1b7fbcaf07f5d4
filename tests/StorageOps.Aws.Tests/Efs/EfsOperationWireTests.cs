using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.Efs;

/// <summary>
/// Every EFS operation beyond CreateFileSystem/DescribeFileSystems, in every parameter shape: for the same input (JSON
/// with model member names) the official AWS SDK for JavaScript v3 and our client must send the same request.
/// </summary>
public sealed class EfsOperationWireTests
{
    private const string FileSystemArn = "arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0123456789abcdef0";
    private const string AccessPointArn = "arn:aws:elasticfilesystem:us-east-1:111122223333:access-point/fsap-0123456789abcdef0";

    private const string FileSystemBody = """
        {"OwnerId":"111122223333","CreationToken":"token","FileSystemId":"fs-0123456789abcdef0","CreationTime":1481841524.0,
         "LifeCycleState":"updating","NumberOfMountTargets":0,"SizeInBytes":{"Value":0},"PerformanceMode":"generalPurpose","Tags":[]}
        """;

    private const string MountTargetBody = """
        {"OwnerId":"111122223333","MountTargetId":"fsmt-0123456789abcdef0","FileSystemId":"fs-0123456789abcdef0",
         "SubnetId":"subnet-0123456789abcdef0","LifeCycleState":"creating","IpAddress":"10.0.1.25"}
        """;

    private const string ReplicationBody = """
        {"SourceFileSystemId":"fs-0123456789abcdef0","SourceFileSystemRegion":"us-east-1","SourceFileSystemArn":"arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0123456789abcdef0",
         "OriginalSourceFileSystemArn":"arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0123456789abcdef0","CreationTime":1700000000,
         "Destinations":[{"Status":"ENABLING","FileSystemId":"fs-0fedcba9876543210","Region":"us-west-2"}]}
        """;

    private static readonly CannedResponse NoContent = CannedResponse.Json(204, string.Empty);

    private static readonly Dictionary<string, (string Operation, string Input, CannedResponse Response)> Cases = new()
    {
        ["DeleteFileSystem by id"] = ("DeleteFileSystem", """{"FileSystemId":"fs-0123456789abcdef0"}""", NoContent),
        ["DeleteFileSystem by ARN in the path"] = ("DeleteFileSystem", $$"""{"FileSystemId":"{{FileSystemArn}}"}""", NoContent),
        ["UpdateFileSystem to provisioned with fractional throughput"] = ("UpdateFileSystem", """
            {"FileSystemId":"fs-0123456789abcdef0","ThroughputMode":"provisioned","ProvisionedThroughputInMibps":256.5}
            """, CannedResponse.Json(202, FileSystemBody)),
        ["UpdateFileSystem to elastic"] = ("UpdateFileSystem", """{"FileSystemId":"fs-0123456789abcdef0","ThroughputMode":"elastic"}""", CannedResponse.Json(202, FileSystemBody)),
        ["UpdateFileSystem with nothing to change"] = ("UpdateFileSystem", """{"FileSystemId":"fs-0123456789abcdef0"}""", CannedResponse.Json(202, FileSystemBody)),
        ["CreateMountTarget with every member"] = ("CreateMountTarget", """
            {"FileSystemId":"fs-0123456789abcdef0","SubnetId":"subnet-0123456789abcdef0","IpAddress":"10.0.1.25",
             "Ipv6Address":"2001:db8::25","IpAddressType":"DUAL_STACK","SecurityGroups":["sg-0123456789abcdef0","sg-0fedcba9876543210"]}
            """, CannedResponse.Json(200, MountTargetBody)),
        ["CreateMountTarget minimal"] = ("CreateMountTarget", """{"FileSystemId":"fs-0123456789abcdef0","SubnetId":"subnet-1234abcd"}""", CannedResponse.Json(200, MountTargetBody)),
        ["DescribeMountTargets by file system with paging"] = ("DescribeMountTargets", """
            {"FileSystemId":"fs-0123456789abcdef0","MaxItems":5,"Marker":"opaque/marker+=="}
            """, CannedResponse.Json(200, """{"MountTargets":[]}""")),
        ["DescribeMountTargets by mount target"] = ("DescribeMountTargets", """{"MountTargetId":"fsmt-0123456789abcdef0"}""", CannedResponse.Json(200, """{"MountTargets":[]}""")),
        ["DescribeMountTargets by access point ARN"] = ("DescribeMountTargets", $$"""{"AccessPointId":"{{AccessPointArn}}"}""", CannedResponse.Json(200, """{"MountTargets":[]}""")),
        ["DeleteMountTarget"] = ("DeleteMountTarget", """{"MountTargetId":"fsmt-0123456789abcdef0"}""", NoContent),
        ["DescribeMountTargetSecurityGroups"] = ("DescribeMountTargetSecurityGroups", """{"MountTargetId":"fsmt-12340abc"}""", CannedResponse.Json(200, """{"SecurityGroups":["sg-4567abcd"]}""")),
        ["ModifyMountTargetSecurityGroups with two groups"] = ("ModifyMountTargetSecurityGroups", """
            {"MountTargetId":"fsmt-12340abc","SecurityGroups":["sg-abcd1234","sg-0123456789abcdef0"]}
            """, NoContent),
        ["ModifyMountTargetSecurityGroups with an empty list"] = ("ModifyMountTargetSecurityGroups", """{"MountTargetId":"fsmt-12340abc","SecurityGroups":[]}""", NoContent),
        ["ModifyMountTargetSecurityGroups without groups"] = ("ModifyMountTargetSecurityGroups", """{"MountTargetId":"fsmt-12340abc"}""", NoContent),
        ["CreateTags"] = ("CreateTags", """
            {"FileSystemId":"fs-01234567","Tags":[{"Key":"Name","Value":"MyFileSystem"},{"Key":"team/owner","Value":""}]}
            """, NoContent),
        ["DeleteTags"] = ("DeleteTags", """{"FileSystemId":"fs-01234567","TagKeys":["Name","team/owner"]}""", NoContent),
        ["DescribeTags minimal"] = ("DescribeTags", """{"FileSystemId":"fs-01234567"}""", CannedResponse.Json(200, """{"Tags":[]}""")),
        ["DescribeTags with paging"] = ("DescribeTags", """{"FileSystemId":"fs-01234567","MaxItems":1,"Marker":"m/1+"}""", CannedResponse.Json(200, """{"Tags":[]}""")),
        ["TagResource by id"] = ("TagResource", """
            {"ResourceId":"fs-0123456789abcdef0","Tags":[{"Key":"owner","Value":"storage ops"},{"Key":"a:b=c+d@e","Value":"x/y"}]}
            """, CannedResponse.Json(200, "{}")),
        ["TagResource by access point ARN"] = ("TagResource", $$"""{"ResourceId":"{{AccessPointArn}}","Tags":[{"Key":"k","Value":"v"}]}""", CannedResponse.Json(200, "{}")),
        ["UntagResource with one key"] = ("UntagResource", """{"ResourceId":"fs-0123456789abcdef0","TagKeys":["owner"]}""", CannedResponse.Json(200, "{}")),
        ["UntagResource with several keys"] = ("UntagResource", $$"""
            {"ResourceId":"{{FileSystemArn}}","TagKeys":["owner","team name","a:b/c=d+e@f"]}
            """, CannedResponse.Json(200, "{}")),
        ["ListTagsForResource minimal"] = ("ListTagsForResource", """{"ResourceId":"fs-0123456789abcdef0"}""", CannedResponse.Json(200, """{"Tags":[]}""")),
        ["ListTagsForResource with paging"] = ("ListTagsForResource", $$"""
            {"ResourceId":"{{FileSystemArn}}","MaxResults":10,"NextToken":"token/with+chars=="}
            """, CannedResponse.Json(200, """{"Tags":[]}""")),
        ["CreateReplicationConfiguration to a new Regional file system"] = ("CreateReplicationConfiguration", """
            {"SourceFileSystemId":"fs-0123456789abcdef0","Destinations":[{"Region":"us-west-2","KmsKeyId":"arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}]}
            """, CannedResponse.Json(200, ReplicationBody)),
        ["CreateReplicationConfiguration to a new One Zone file system"] = ("CreateReplicationConfiguration", """
            {"SourceFileSystemId":"fs-0123456789abcdef0","Destinations":[{"Region":"eu-west-1","AvailabilityZoneName":"eu-west-1a","KmsKeyId":"alias/replication"}]}
            """, CannedResponse.Json(200, ReplicationBody)),
        ["CreateReplicationConfiguration to an existing file system across accounts"] = ("CreateReplicationConfiguration", """
            {"SourceFileSystemId":"arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0123456789abcdef0",
             "Destinations":[{"Region":"us-west-2","FileSystemId":"arn:aws:elasticfilesystem:us-west-2:444455556666:file-system/fs-0fedcba9876543210",
                              "RoleArn":"arn:aws:iam::111122223333:role/efs-replication"}]}
            """, CannedResponse.Json(200, ReplicationBody)),
        ["CreateReplicationConfiguration to an existing file system by id"] = ("CreateReplicationConfiguration", """
            {"SourceFileSystemId":"fs-0123456789abcdef0","Destinations":[{"FileSystemId":"fs-0fedcba9876543210"}]}
            """, CannedResponse.Json(200, ReplicationBody)),
        ["DescribeReplicationConfigurations without arguments"] = ("DescribeReplicationConfigurations", "{}", CannedResponse.Json(200, """{"Replications":[]}""")),
        ["DescribeReplicationConfigurations with every member"] = ("DescribeReplicationConfigurations", """
            {"FileSystemId":"fs-0123456789abcdef0","NextToken":"next/token+1","MaxResults":2}
            """, CannedResponse.Json(200, """{"Replications":[]}""")),
        ["DeleteReplicationConfiguration with default mode"] = ("DeleteReplicationConfiguration", """{"SourceFileSystemId":"fs-0123456789abcdef0"}""", NoContent),
        ["DeleteReplicationConfiguration locally only"] = ("DeleteReplicationConfiguration", """
            {"SourceFileSystemId":"fs-0123456789abcdef0","DeletionMode":"LOCAL_CONFIGURATION_ONLY"}
            """, NoContent),
        ["DeleteReplicationConfiguration of every configuration by ARN"] = ("DeleteReplicationConfiguration", $$"""
            {"SourceFileSystemId":"{{FileSystemArn}}","DeletionMode":"ALL_CONFIGURATIONS"}
            """, NoContent),
        ["UpdateFileSystemProtection disabled"] = ("UpdateFileSystemProtection", """
            {"FileSystemId":"fs-0123456789abcdef0","ReplicationOverwriteProtection":"DISABLED"}
            """, CannedResponse.Json(200, """{"ReplicationOverwriteProtection":"DISABLED"}""")),
        ["UpdateFileSystemProtection enabled"] = ("UpdateFileSystemProtection", """
            {"FileSystemId":"fs-0123456789abcdef0","ReplicationOverwriteProtection":"ENABLED"}
            """, CannedResponse.Json(200, """{"ReplicationOverwriteProtection":"ENABLED"}""")),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    public static TheoryData<string> PathCaseNames =>
    [
        "DeleteFileSystem by ARN in the path",
        "DescribeTags minimal",
        "TagResource by access point ARN",
        "UntagResource with several keys",
        "ListTagsForResource with paging",
        "CreateReplicationConfiguration to an existing file system across accounts",
        "DeleteReplicationConfiguration of every configuration by ARN",
    ];

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
    [MemberData(nameof(PathCaseNames))]
    public async Task Signature_WhenPathHoldsArnOrTrailingSlash_ShouldVerifyWithTheSameCanonicalUriAsTheOfficialSdk(string name)
    {
        var (official, ours) = await CaptureBothAsync(name);

        SigV4Verifier.AssertSignatureValid(official, OfficialJavaScriptSdk.SecretAccessKey);
        SigV4Verifier.AssertSignatureValid(ours, OfficialJavaScriptSdk.SecretAccessKey);
        Assert.Equal("elasticfilesystem", SigV4Verifier.Parse(ours.Header("Authorization")).Service);
        Assert.Equal(SigV4Verifier.CanonicalUri(official), SigV4Verifier.CanonicalUri(ours));
    }

    private static Task<(CapturedRequest Official, CapturedRequest Ours)> CaptureBothAsync(string name)
    {
        var (operation, input, response) = Cases[name];
        return WireCapture.BothAsync("efs", EfsTestClients.Region, operation, input, response, async endpoint =>
        {
            using var client = EfsTestClients.For(endpoint);
            await EfsOperationInvoker.InvokeAsync(client, operation, input);
        });
    }
}
