using StorageOps.Functions.Errors;
using StorageOps.Functions.Requests;

namespace StorageOps.Functions.Tests.Requests;

public sealed class ReplicationDestinationRequestValidatorTests
{
    public static TheoryData<ReplicationDestinationRequest, string> InvalidDestinations => new()
    {
        { new ReplicationDestinationRequest(), "destination: needs region or availabilityZoneName (a new destination file system) or fileSystemId (an existing one)" },
        { new ReplicationDestinationRequest { KmsKeyId = "alias/efs" }, "destination: needs region or availabilityZoneName" },
        { new ReplicationDestinationRequest { FileSystemId = "fs-0123456789abcdef0", KmsKeyId = "alias/efs" }, "destination.kmsKeyId: is only allowed for a new destination, not with fileSystemId" },
        { new ReplicationDestinationRequest { FileSystemId = "fs-0123456789abcdef0", AvailabilityZoneName = "us-west-2a" }, "destination.availabilityZoneName: is only allowed for a new destination" },
        { new ReplicationDestinationRequest { FileSystemId = "fs-xyz" }, "destination.fileSystemId: 'fs-xyz' is not a file system id" },
        { new ReplicationDestinationRequest { Region = "west" }, "destination.region: 'west' is not a Region name such as us-west-2" },
        { new ReplicationDestinationRequest { AvailabilityZoneName = "usw2-az1" }, "destination.availabilityZoneName: 'usw2-az1' is not an Availability Zone name" },
        { new ReplicationDestinationRequest { Region = "us-west-2", KmsKeyId = "key" }, "destination.kmsKeyId: 'key' is not a KMS key id" },
        { new ReplicationDestinationRequest { Region = "us-west-2", RoleArn = "arn:aws:iam::1:role/x" }, "destination.roleArn: 'arn:aws:iam::1:role/x' is not an IAM role ARN" },
    };

    [Theory]
    [MemberData(nameof(InvalidDestinations))]
    public void Validate_WhenTheDestinationBreaksARule_ShouldNameTheFieldAndRule(ReplicationDestinationRequest destination, string expected)
    {
        var error = Assert.Throws<InvalidInputException>(() => ReplicationDestinationRequestValidator.Validate(destination));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("us-west-2", null, "arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", null, null)]
    [InlineData("us-gov-west-1", null, "mrk-0123456789abcdef0123456789abcdef", null, null)]
    [InlineData(null, "eu-west-1a", "alias/dr", null, null)]
    [InlineData(null, null, null, "fs-0123456789abcdef0", null)]
    [InlineData("us-west-2", null, null, "arn:aws:elasticfilesystem:us-west-2:210987654321:file-system/fs-0123456789abcdef0", "arn:aws:iam::123456789012:role/service-role/efs")]
    public void Validate_WhenTheDestinationIsNewOrExistingAsEfsAllows_ShouldAccept(string? region, string? zone, string? kmsKeyId, string? fileSystemId, string? roleArn)
    {
        ReplicationDestinationRequestValidator.Validate(new ReplicationDestinationRequest { Region = region, AvailabilityZoneName = zone, KmsKeyId = kmsKeyId, FileSystemId = fileSystemId, RoleArn = roleArn });
    }
}
