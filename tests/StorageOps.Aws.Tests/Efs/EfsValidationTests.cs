using StorageOps.Aws.Efs;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.Efs;

/// <summary>
/// <see cref="EfsValidation"/> against the rules of botocore's EFS 2015-02-01 model, read from the machine's botocore:
/// for every operation of <see cref="IEfsClient"/> and every member the client sends, boundary values are accepted or
/// rejected exactly as the model's length, pattern, enum and range rules say.
/// </summary>
public sealed class EfsValidationTests
{
    private static readonly Dictionary<string, string> Inputs = new()
    {
        ["CreateFileSystem"] = """{"CreationToken":"token","Tags":[{"Key":"k","Value":"v"}]}""",
        ["DescribeFileSystems"] = "{}",
        ["DeleteFileSystem"] = """{"FileSystemId":"fs-01234567"}""",
        ["UpdateFileSystem"] = """{"FileSystemId":"fs-01234567"}""",
        ["CreateMountTarget"] = """{"FileSystemId":"fs-01234567","SubnetId":"subnet-1234abcd","SecurityGroups":["sg-abcd1234"]}""",
        ["DescribeMountTargets"] = """{"FileSystemId":"fs-01234567"}""",
        ["DeleteMountTarget"] = """{"MountTargetId":"fsmt-12340abc"}""",
        ["DescribeMountTargetSecurityGroups"] = """{"MountTargetId":"fsmt-12340abc"}""",
        ["ModifyMountTargetSecurityGroups"] = """{"MountTargetId":"fsmt-12340abc","SecurityGroups":["sg-abcd1234"]}""",
        ["CreateTags"] = """{"FileSystemId":"fs-01234567","Tags":[{"Key":"k","Value":"v"}]}""",
        ["DeleteTags"] = """{"FileSystemId":"fs-01234567","TagKeys":["k"]}""",
        ["DescribeTags"] = """{"FileSystemId":"fs-01234567"}""",
        ["TagResource"] = """{"ResourceId":"fs-01234567","Tags":[{"Key":"k","Value":"v"}]}""",
        ["UntagResource"] = """{"ResourceId":"fs-01234567","TagKeys":["k"]}""",
        ["ListTagsForResource"] = """{"ResourceId":"fs-01234567"}""",
        ["CreateReplicationConfiguration"] = """{"SourceFileSystemId":"fs-01234567","Destinations":[{"Region":"us-west-2"}]}""",
        ["DescribeReplicationConfigurations"] = "{}",
        ["DeleteReplicationConfiguration"] = """{"SourceFileSystemId":"fs-01234567"}""",
        ["UpdateFileSystemProtection"] = """{"FileSystemId":"fs-01234567"}""",
    };

    /// <summary>What EFS's documented cross-member rules need next to a value (not length, pattern or enum rules).</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> Companions = new()
    {
        ["CreateFileSystem"] = new()
        {
            ["KmsKeyId"] = """{"Encrypted":true}""",
            ["ProvisionedThroughputInMibps"] = """{"ThroughputMode":"provisioned"}""",
            ["ThroughputMode=provisioned"] = """{"ProvisionedThroughputInMibps":128}""",
        },
        ["UpdateFileSystem"] = new() { ["ProvisionedThroughputInMibps"] = """{"ThroughputMode":"provisioned"}""" },
        ["DescribeMountTargets"] = new()
        {
            ["MountTargetId"] = """{"FileSystemId":null}""",
            ["AccessPointId"] = """{"FileSystemId":null}""",
        },
    };

    private static readonly ServiceClientUnderTest Client = new(typeof(IEfsClient), endpoint => EfsTestClients.For(endpoint), null, _ => CannedResponse.Json(200, "{}"));

    public static TheoryData<string> Operations => ClientOperations.NamesOf(typeof(IEfsClient));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_WhenGivenTheModelsBoundaryValues_ShouldAcceptAndRejectExactlyAsTheModelSays(string operation)
    {
        Assert.True(Inputs.TryGetValue(operation, out var input), $"{operation} has no base input in {nameof(EfsValidationTests)}.");
        var model = await Botocore.ServiceModelAsync("efs", "2015-02-01");

        var problems = await ValidationBoundaries.CheckAsync(
            Client, operation, input, ModelConstraints.Of(model, operation), Companions.GetValueOrDefault(operation) ?? []);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
