using StorageOps.Functions.Errors;
using StorageOps.Functions.Requests;

namespace StorageOps.Functions.Tests.Requests;

public sealed class ProvisionFileSystemRequestValidatorTests
{
    private const string SubnetId = "subnet-0123456789abcdef0";
    private static readonly ProvisionFileSystemRequest Valid = new() { RequestId = "req-1" };

    public static TheoryData<ProvisionFileSystemRequest, string> InvalidRequests => new()
    {
        { Valid with { RequestId = null }, "requestId: is required" },
        { Valid with { RequestId = new string('a', 65) }, "requestId: '" },
        { Valid with { RequestId = "a/b" }, "must be 1 to 64 letters" },
        { Valid with { PerformanceMode = "fast" }, "performanceMode: 'fast' must be one of generalPurpose, maxIO" },
        { Valid with { ThroughputMode = "turbo" }, "throughputMode: 'turbo' must be one of bursting, provisioned, elastic" },
        { Valid with { ThroughputMode = "provisioned" }, "provisionedThroughputInMibps: is required when throughputMode is provisioned" },
        { Valid with { ThroughputMode = "elastic", ProvisionedThroughputInMibps = 10 }, "provisionedThroughputInMibps: is only allowed when throughputMode is provisioned" },
        { Valid with { ThroughputMode = "provisioned", ProvisionedThroughputInMibps = 0.5 }, "provisionedThroughputInMibps: must be between 1 and 3414 MiBps" },
        { Valid with { Encrypted = false, KmsKeyId = "alias/efs" }, "kmsKeyId: requires encrypted to be true" },
        { Valid with { TimeoutSeconds = 0 }, "timeoutSeconds: must be between 1 and 86400" },
        { Valid with { Tags = new Dictionary<string, string> { ["aws:created"] = "x" } }, "must not start with 'aws:'" },
        { Valid with { Tags = new Dictionary<string, string> { ["storageops:request-id"] = "x" } }, "is reserved for StorageOps" },
        { Valid with { Tags = new Dictionary<string, string> { [""] = "x" } }, "must be 1 to 128 characters" },
        { Valid with { Tags = new Dictionary<string, string> { [new string('k', 129)] = "x" } }, "must be 1 to 128 characters" },
        { Valid with { Tags = new Dictionary<string, string> { ["k"] = new string('v', 257) } }, "value of 'k' must be at most 256 characters" },
        { Valid with { Tags = Enumerable.Range(0, 49).ToDictionary(i => $"k{i}", i => "v") }, "tags: at most 48 tags are allowed" },
        { Valid with { Tags = new Dictionary<string, string> { ["a"] = null! } }, "tags: value of 'a' must be a string, not null" },
        { Valid with { ThroughputMode = "provisioned", ProvisionedThroughputInMibps = 1e308 }, "provisionedThroughputInMibps: must be between 1 and 3414" },
        { Valid with { ThroughputMode = "provisioned", ProvisionedThroughputInMibps = 3414.5 }, "provisionedThroughputInMibps: must be between 1 and 3414" },
        { Valid with { ThroughputMode = "provisioned", ProvisionedThroughputInMibps = double.NaN }, "provisionedThroughputInMibps: must be between 1 and 3414" },
        { Valid with { AvailabilityZoneName = "moon-base" }, "availabilityZoneName: 'moon-base' is not an Availability Zone name such as us-east-1a" },
        { Valid with { AvailabilityZoneName = "us-east-1" }, "availabilityZoneName: 'us-east-1' is not an Availability Zone name" },
        { Valid with { PerformanceMode = "maxIO", ThroughputMode = "elastic" }, "performanceMode: maxIO is not supported with elastic throughput" },
        { Valid with { PerformanceMode = "maxIO", AvailabilityZoneName = "us-east-1a" }, "performanceMode: maxIO is not supported on One Zone file systems (availabilityZoneName is set)" },
        { Valid with { KmsKeyId = "my-key" }, "kmsKeyId: 'my-key' is not a KMS key id, key ARN, alias or alias ARN" },
        { Valid with { RequestId = "req-1\n" }, "requestId: 'req-1\n' must be 1 to 64 letters" },
        { Valid with { MountTargets = [new MountTargetRequest()] }, "mountTargets[0].subnetId: is required" },
        { Valid with { MountTargets = [new MountTargetRequest { SubnetId = "subnet-1" }] }, "mountTargets[0].subnetId: 'subnet-1' is not a subnet id" },
        { Valid with { MountTargets = [new MountTargetRequest { SubnetId = SubnetId, IpAddress = "10.0.0.256" }] }, "mountTargets[0].ipAddress: '10.0.0.256' is not an IPv4 address" },
        { Valid with { MountTargets = [new MountTargetRequest { SubnetId = SubnetId, SecurityGroups = ["sg-1"] }] }, "mountTargets[0].securityGroups: 'sg-1' is not a security group id" },
        { Valid with { MountTargets = [new MountTargetRequest { SubnetId = SubnetId, SecurityGroups = [.. Enumerable.Range(10, 6).Select(i => $"sg-00000000000000{i}")] }] }, "mountTargets[0].securityGroups: must name 1 to 5 security groups" },
        { Valid with { MountTargets = [new MountTargetRequest { SubnetId = SubnetId }, new MountTargetRequest { SubnetId = SubnetId }] }, $"mountTargets: subnet '{SubnetId}' appears more than once (at most one mount target per subnet)" },
        { Valid with { Replication = new ReplicationDestinationRequest() }, "replication: needs region or availabilityZoneName" },
        { Valid with { Replication = new ReplicationDestinationRequest { Region = "us-west-2", KmsKeyId = "k" } }, "replication.kmsKeyId: 'k' is not a KMS key id" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public void Validate_WhenAFieldBreaksARule_ShouldNameTheFieldAndRule(ProvisionFileSystemRequest request, string expected)
    {
        var error = Assert.Throws<InvalidInputException>(() => ProvisionFileSystemRequestValidator.Validate(request));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("StorageOps.ValidationError", error.ErrorType);
    }

    [Fact]
    public void Validate_WhenEveryFieldIsAtItsLimit_ShouldAccept()
    {
        var request = new ProvisionFileSystemRequest
        {
            RequestId = new string('a', 64),
            PerformanceMode = "maxIO",
            ThroughputMode = "provisioned",
            ProvisionedThroughputInMibps = 3414,
            Encrypted = true,
            KmsKeyId = "alias/efs",
            TimeoutSeconds = 86400,
            MountTargets = [new MountTargetRequest { SubnetId = SubnetId, SecurityGroups = [.. Enumerable.Range(10, 5).Select(i => $"sg-00000000000000{i}")], IpAddress = "255.255.255.255" }],
            Replication = new ReplicationDestinationRequest { AvailabilityZoneName = "us-west-2a", KmsKeyId = "alias/dr" },
            RollbackOnFailure = false,
            Tags = Enumerable.Range(0, 47).ToDictionary(i => $"k{i}", i => "v").Append(new(new string('k', 128), new string('v', 256))).ToDictionary(),
        };

        ProvisionFileSystemRequestValidator.Validate(request);
    }

    [Theory]
    [InlineData("us-east-1a")]
    [InlineData("eu-west-3c")]
    [InlineData("us-gov-west-1b")]
    [InlineData("ap-southeast-5a")]
    public void Validate_WhenOneZoneNamesARealAvailabilityZone_ShouldAccept(string availabilityZoneName)
    {
        ProvisionFileSystemRequestValidator.Validate(Valid with { AvailabilityZoneName = availabilityZoneName, ThroughputMode = "elastic" });
    }
}
