using StorageOps.Functions.Errors;
using StorageOps.Functions.Requests;

namespace StorageOps.Functions.Tests.Requests;

public sealed class UpdateFileSystemRequestValidatorTests
{
    private static readonly UpdateFileSystemRequest Valid = new() { RequestId = "req-1", FileSystemId = "fs-0123456789abcdef0", ThroughputMode = "elastic" };

    public static TheoryData<UpdateFileSystemRequest, string> InvalidRequests => new()
    {
        { Valid with { ThroughputMode = null }, "the request changes nothing" },
        { Valid with { ThroughputMode = "provisioned" }, "provisionedThroughputInMibps: is required when throughputMode is provisioned" },
        { Valid with { ProvisionedThroughputInMibps = 64 }, "provisionedThroughputInMibps: is only allowed when throughputMode is provisioned" },
        { Valid with { ThroughputMode = null, ProvisionedThroughputInMibps = 4000 }, "provisionedThroughputInMibps: must be between 1 and 3414 MiBps" },
        { Valid with { ThroughputMode = "fast" }, "throughputMode: 'fast' must be one of bursting, provisioned, elastic" },
        { Valid with { ReplicationOverwriteProtection = "REPLICATING" }, "replicationOverwriteProtection: 'REPLICATING' must be one of ENABLED, DISABLED" },
        { Valid with { RemoveTagKeys = ["storageops:request-id"] }, "removeTagKeys: key 'storageops:request-id' is reserved for StorageOps" },
        { Valid with { RemoveTagKeys = [] }, "removeTagKeys: must name 1 to 50 keys" },
        { Valid with { RemoveTagKeys = ["a", "a"] }, "removeTagKeys: names a key twice" },
        { Valid with { Tags = new Dictionary<string, string>() }, "tags: must hold at least one tag when present" },
        { Valid with { Tags = new Dictionary<string, string> { ["aws:x"] = "v" } }, "tags: key 'aws:x' must not start with 'aws:'" },
        { Valid with { MountTargetSecurityGroups = [] }, "mountTargetSecurityGroups: must hold at least one mount target when present" },
        { Valid with { MountTargetSecurityGroups = [new MountTargetSecurityGroupsRequest { MountTargetId = "fsmt-0123456789abcdef0" }] }, "mountTargetSecurityGroups[0].securityGroups: is required" },
        { Valid with { MountTargetSecurityGroups = [new MountTargetSecurityGroupsRequest { MountTargetId = "mt-1", SecurityGroups = ["sg-0123456789abcdef0"] }] }, "mountTargetSecurityGroups[0].mountTargetId: 'mt-1' is not a mount target id" },
        { Valid with { MountTargetSecurityGroups = [new MountTargetSecurityGroupsRequest { MountTargetId = "fsmt-0123456789abcdef0", SecurityGroups = [] }] }, "mountTargetSecurityGroups[0].securityGroups: must name 1 to 5 security groups" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public void Validate_WhenAFieldBreaksARule_ShouldNameTheFieldAndRule(UpdateFileSystemRequest request, string expected)
    {
        var error = Assert.Throws<InvalidInputException>(() => UpdateFileSystemRequestValidator.Validate(request));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhenEveryKindOfChangeIsAsked_ShouldAccept()
    {
        UpdateFileSystemRequestValidator.Validate(Valid with
        {
            ThroughputMode = "provisioned",
            ProvisionedThroughputInMibps = 512,
            MountTargetSecurityGroups = [new MountTargetSecurityGroupsRequest { MountTargetId = "fsmt-0123456789abcdef0", SecurityGroups = ["sg-0123456789abcdef0"] }],
            Tags = new Dictionary<string, string> { ["team"] = "analytics" },
            RemoveTagKeys = ["old"],
            ReplicationOverwriteProtection = "ENABLED",
        });
    }
}
