using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.Efs;

/// <summary>Documented constraints of the newer EFS operations: a named validation error, nothing on the wire.</summary>
public sealed class EfsOperationValidationTests
{
    private static readonly string LongKey = new('k', 129);
    private static readonly string FiftyOneKeys = "[" + string.Join(',', Enumerable.Range(0, 51).Select(i => $"\"k{i}\"")) + "]";

    private static readonly Dictionary<string, (string Operation, string Input, string Parameter)> Cases = new()
    {
        ["DeleteFileSystem without id"] = ("DeleteFileSystem", """{"FileSystemId":""}""", "FileSystemId"),
        ["DeleteFileSystem with malformed id"] = ("DeleteFileSystem", """{"FileSystemId":"fs-xyz"}""", "FileSystemId"),
        ["DeleteFileSystem with ARN of another service"] = ("DeleteFileSystem", """{"FileSystemId":"arn:aws:s3:us-east-1:111122223333:file-system/fs-01234567"}""", "FileSystemId"),
        ["UpdateFileSystem with unknown mode"] = ("UpdateFileSystem", """{"FileSystemId":"fs-01234567","ThroughputMode":"turbo"}""", "ThroughputMode"),
        ["UpdateFileSystem with throughput below 1"] = ("UpdateFileSystem", """{"FileSystemId":"fs-01234567","ThroughputMode":"provisioned","ProvisionedThroughputInMibps":0.5}""", "ProvisionedThroughputInMibps"),
        ["UpdateFileSystem with throughput for elastic"] = ("UpdateFileSystem", """{"FileSystemId":"fs-01234567","ThroughputMode":"elastic","ProvisionedThroughputInMibps":10}""", "ProvisionedThroughputInMibps"),
        ["CreateMountTarget without subnet"] = ("CreateMountTarget", """{"FileSystemId":"fs-01234567","SubnetId":""}""", "SubnetId"),
        ["CreateMountTarget with malformed subnet"] = ("CreateMountTarget", """{"FileSystemId":"fs-01234567","SubnetId":"sub-1234abcd"}""", "SubnetId"),
        ["CreateMountTarget with malformed file system"] = ("CreateMountTarget", """{"FileSystemId":"01234567","SubnetId":"subnet-1234abcd"}""", "FileSystemId"),
        ["CreateMountTarget with malformed IP address"] = ("CreateMountTarget", """{"FileSystemId":"fs-01234567","SubnetId":"subnet-1234abcd","IpAddress":"10.0.1"}""", "IpAddress"),
        ["CreateMountTarget with unknown address type"] = ("CreateMountTarget", """{"FileSystemId":"fs-01234567","SubnetId":"subnet-1234abcd","IpAddressType":"IPV5"}""", "IpAddressType"),
        ["CreateMountTarget with malformed security group"] = ("CreateMountTarget", """{"FileSystemId":"fs-01234567","SubnetId":"subnet-1234abcd","SecurityGroups":["sg-abcd1234","group-1"]}""", "SecurityGroups[1]"),
        ["DescribeMountTargets without selector"] = ("DescribeMountTargets", """{"MaxItems":10}""", "FileSystemId"),
        ["DescribeMountTargets with two selectors"] = ("DescribeMountTargets", """{"FileSystemId":"fs-01234567","MountTargetId":"fsmt-12340abc"}""", "FileSystemId"),
        ["DescribeMountTargets with MaxItems 0"] = ("DescribeMountTargets", """{"FileSystemId":"fs-01234567","MaxItems":0}""", "MaxItems"),
        ["DescribeMountTargets with empty marker"] = ("DescribeMountTargets", """{"FileSystemId":"fs-01234567","Marker":""}""", "Marker"),
        ["DescribeMountTargets with malformed mount target"] = ("DescribeMountTargets", """{"MountTargetId":"mt-12340abc"}""", "MountTargetId"),
        ["DescribeMountTargets with malformed access point"] = ("DescribeMountTargets", """{"AccessPointId":"ap-12340abc"}""", "AccessPointId"),
        ["DeleteMountTarget with malformed id"] = ("DeleteMountTarget", """{"MountTargetId":"fsmt-1"}""", "MountTargetId"),
        ["DescribeMountTargetSecurityGroups without id"] = ("DescribeMountTargetSecurityGroups", """{"MountTargetId":""}""", "MountTargetId"),
        ["ModifyMountTargetSecurityGroups with malformed group"] = ("ModifyMountTargetSecurityGroups", """{"MountTargetId":"fsmt-12340abc","SecurityGroups":["sg-1"]}""", "SecurityGroups[0]"),
        ["CreateTags with aws: key"] = ("CreateTags", """{"FileSystemId":"fs-01234567","Tags":[{"Key":"aws:created","Value":"v"}]}""", "Tags[0].Key"),
        ["CreateTags with long value"] = ("CreateTags", $$"""{"FileSystemId":"fs-01234567","Tags":[{"Key":"k","Value":"{{new string('v', 257)}}"}]}""", "Tags[0].Value"),
        ["DeleteTags without keys"] = ("DeleteTags", """{"FileSystemId":"fs-01234567","TagKeys":[]}""", "TagKeys"),
        ["DeleteTags with long key"] = ("DeleteTags", $$"""{"FileSystemId":"fs-01234567","TagKeys":["ok","{{LongKey}}"]}""", "TagKeys[1]"),
        ["DescribeTags with MaxItems 0"] = ("DescribeTags", """{"FileSystemId":"fs-01234567","MaxItems":0}""", "MaxItems"),
        ["DescribeTags with malformed id"] = ("DescribeTags", """{"FileSystemId":"fs-0123"}""", "FileSystemId"),
        ["TagResource with malformed resource"] = ("TagResource", """{"ResourceId":"vol-01234567","Tags":[{"Key":"k","Value":"v"}]}""", "ResourceId"),
        ["TagResource with forbidden character"] = ("TagResource", """{"ResourceId":"fs-01234567","Tags":[{"Key":"a*b","Value":"v"}]}""", "Tags[0].Key"),
        ["TagResource with empty key"] = ("TagResource", """{"ResourceId":"fs-01234567","Tags":[{"Key":"","Value":"v"}]}""", "Tags[0].Key"),
        ["UntagResource with aws: key"] = ("UntagResource", """{"ResourceId":"fs-01234567","TagKeys":["AWS:x"]}""", "TagKeys[0]"),
        ["UntagResource with 51 keys"] = ("UntagResource", $$"""{"ResourceId":"fs-01234567","TagKeys":{{FiftyOneKeys}}}""", "TagKeys"),
        ["ListTagsForResource with MaxResults 0"] = ("ListTagsForResource", """{"ResourceId":"fs-01234567","MaxResults":0}""", "MaxResults"),
        ["ListTagsForResource with empty token"] = ("ListTagsForResource", """{"ResourceId":"fs-01234567","NextToken":""}""", "NextToken"),
        ["CreateReplicationConfiguration without destinations"] = ("CreateReplicationConfiguration", """{"SourceFileSystemId":"fs-01234567","Destinations":[]}""", "Destinations"),
        ["CreateReplicationConfiguration with two destinations"] = ("CreateReplicationConfiguration", """{"SourceFileSystemId":"fs-01234567","Destinations":[{"Region":"us-west-2"},{"Region":"eu-west-1"}]}""", "Destinations"),
        ["CreateReplicationConfiguration with malformed source"] = ("CreateReplicationConfiguration", """{"SourceFileSystemId":"fs-0","Destinations":[{"Region":"us-west-2"}]}""", "SourceFileSystemId"),
        ["CreateReplicationConfiguration new destination without Region"] = ("CreateReplicationConfiguration", """{"SourceFileSystemId":"fs-01234567","Destinations":[{"KmsKeyId":"alias/k"}]}""", "Destinations[0].Region"),
        ["CreateReplicationConfiguration with malformed Region"] = ("CreateReplicationConfiguration", """{"SourceFileSystemId":"fs-01234567","Destinations":[{"Region":"US West 2"}]}""", "Destinations[0].Region"),
        ["CreateReplicationConfiguration with malformed KMS key"] = ("CreateReplicationConfiguration", """{"SourceFileSystemId":"fs-01234567","Destinations":[{"Region":"us-west-2","KmsKeyId":"my-key"}]}""", "Destinations[0].KmsKeyId"),
        ["CreateReplicationConfiguration new destination with malformed role"] = ("CreateReplicationConfiguration", """{"SourceFileSystemId":"fs-01234567","Destinations":[{"Region":"us-west-2","RoleArn":"role/r"}]}""", "Destinations[0].RoleArn"),
        ["CreateReplicationConfiguration existing destination with KMS key"] = ("CreateReplicationConfiguration", """{"SourceFileSystemId":"fs-01234567","Destinations":[{"FileSystemId":"fs-89abcdef","KmsKeyId":"alias/k"}]}""", "Destinations[0].KmsKeyId"),
        ["CreateReplicationConfiguration existing destination with zone"] = ("CreateReplicationConfiguration", """{"SourceFileSystemId":"fs-01234567","Destinations":[{"FileSystemId":"fs-89abcdef","AvailabilityZoneName":"us-west-2a"}]}""", "Destinations[0].AvailabilityZoneName"),
        ["CreateReplicationConfiguration with malformed destination id"] = ("CreateReplicationConfiguration", """{"SourceFileSystemId":"fs-01234567","Destinations":[{"FileSystemId":"fs-89"}]}""", "Destinations[0].FileSystemId"),
        ["CreateReplicationConfiguration with malformed role"] = ("CreateReplicationConfiguration", """{"SourceFileSystemId":"fs-01234567","Destinations":[{"FileSystemId":"fs-89abcdef","RoleArn":"arn:aws:iam::1111:user/u"}]}""", "Destinations[0].RoleArn"),
        ["DescribeReplicationConfigurations with MaxResults 0"] = ("DescribeReplicationConfigurations", """{"MaxResults":0}""", "MaxResults"),
        ["DescribeReplicationConfigurations with malformed id"] = ("DescribeReplicationConfigurations", """{"FileSystemId":"file-system"}""", "FileSystemId"),
        ["DeleteReplicationConfiguration with unknown mode"] = ("DeleteReplicationConfiguration", """{"SourceFileSystemId":"fs-01234567","DeletionMode":"EVERYTHING"}""", "DeletionMode"),
        ["UpdateFileSystemProtection with unknown value"] = ("UpdateFileSystemProtection", """{"FileSystemId":"fs-01234567","ReplicationOverwriteProtection":"enabled"}""", "ReplicationOverwriteProtection"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [InlineData("""{"SourceFileSystemId":"fs-01234567","Destinations":[{"Region":"us-west-2","RoleArn":"arn:aws:iam::111122223333:role/replication"}]}""")]
    [InlineData("""{"SourceFileSystemId":"fs-01234567","Destinations":[{"FileSystemId":"arn:aws:elasticfilesystem:us-west-2:111122223333:file-system/fs-89abcdef","RoleArn":"arn:aws:iam::111122223333:role/replication"}]}""")]
    public async Task CreateReplicationConfigurationAsync_WhenDestinationHasARole_ShouldSendIt(string input)
    {
        await using var server = new CaptureServer();
        using var client = EfsTestClients.For(server.Endpoint);

        await EfsOperationInvoker.InvokeAsync(client, "CreateReplicationConfiguration", input);

        Assert.Single(server.Requests);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Operation_WhenConstraintBroken_ShouldThrowValidationErrorAndSendNothing(string name)
    {
        var (operation, input, parameter) = Cases[name];
        await using var server = new CaptureServer();
        using var client = EfsTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<AwsRequestValidationException>(() => EfsOperationInvoker.InvokeAsync(client, operation, input));

        Assert.Equal(parameter, exception.ParamName);
        Assert.False(string.IsNullOrWhiteSpace(exception.Reason));
        Assert.Empty(server.Requests);
    }
}
