using StorageOps.Aws.Efs;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.Efs;

/// <summary>Documented EFS constraints are checked before any request: a named exception, nothing on the wire.</summary>
public sealed class EfsClientValidationTests
{
    private static readonly CreateFileSystemRequest Valid = new() { CreationToken = "valid" };

    private static readonly Dictionary<string, (CreateFileSystemRequest Request, string Parameter)> CreateCases = new()
    {
        ["empty token"] = (Valid with { CreationToken = "" }, "CreationToken"),
        ["null token"] = (Valid with { CreationToken = null! }, "CreationToken"),
        ["65-character token"] = (Valid with { CreationToken = new string('t', 65) }, "CreationToken"),
        ["non-ASCII token"] = (Valid with { CreationToken = "jeton-é" }, "CreationToken"),
        ["unknown performance mode"] = (Valid with { PerformanceMode = "fast" }, "PerformanceMode"),
        ["unknown throughput mode"] = (Valid with { ThroughputMode = "turbo" }, "ThroughputMode"),
        ["throughput without provisioned mode"] = (Valid with { ThroughputMode = "elastic", ProvisionedThroughputInMibps = 10 }, "ProvisionedThroughputInMibps"),
        ["throughput without any mode"] = (Valid with { ProvisionedThroughputInMibps = 10 }, "ProvisionedThroughputInMibps"),
        ["provisioned mode without throughput"] = (Valid with { ThroughputMode = "provisioned" }, "ProvisionedThroughputInMibps"),
        ["throughput below 1"] = (Valid with { ThroughputMode = "provisioned", ProvisionedThroughputInMibps = 0.5 }, "ProvisionedThroughputInMibps"),
        ["malformed KMS key"] = (Valid with { Encrypted = true, KmsKeyId = "my-key" }, "KmsKeyId"),
        ["KMS key ARN of another service"] = (Valid with { Encrypted = true, KmsKeyId = "arn:aws:s3:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" }, "KmsKeyId"),
        ["KMS key without encryption"] = (Valid with { KmsKeyId = "alias/storageops" }, "KmsKeyId"),
        ["empty tag key"] = (Valid with { Tags = [new Tag("", "v")] }, "Tags[0].Key"),
        ["129-character tag key"] = (Valid with { Tags = [new Tag("ok", "v"), new Tag(new string('k', 129), "v")] }, "Tags[1].Key"),
        ["aws: tag key"] = (Valid with { Tags = [new Tag("aws:cloudformation:stack", "v")] }, "Tags[0].Key"),
        ["AWS: tag key"] = (Valid with { Tags = [new Tag("AWS:x", "v")] }, "Tags[0].Key"),
        ["tag key with forbidden character"] = (Valid with { Tags = [new Tag("a*b", "v")] }, "Tags[0].Key"),
        ["257-character tag value"] = (Valid with { Tags = [new Tag("k", new string('v', 257))] }, "Tags[0].Value"),
        ["null tag value"] = (Valid with { Tags = [new Tag("k", null!)] }, "Tags[0].Value"),
    };

    private static readonly Dictionary<string, (DescribeFileSystemsRequest Request, string Parameter)> DescribeCases = new()
    {
        ["token and id"] = (new DescribeFileSystemsRequest { CreationToken = "t", FileSystemId = "fs-1" }, "FileSystemId"),
        ["MaxItems 0"] = (new DescribeFileSystemsRequest { MaxItems = 0 }, "MaxItems"),
        ["MaxItems negative"] = (new DescribeFileSystemsRequest { MaxItems = -3 }, "MaxItems"),
        ["empty marker"] = (new DescribeFileSystemsRequest { Marker = "" }, "Marker"),
        ["65-character token"] = (new DescribeFileSystemsRequest { CreationToken = new string('t', 65) }, "CreationToken"),
    };

    public static TheoryData<string> CreateCaseNames => [.. CreateCases.Keys];

    public static TheoryData<string> DescribeCaseNames => [.. DescribeCases.Keys];

    [Theory]
    [MemberData(nameof(CreateCaseNames))]
    public async Task CreateFileSystemAsync_WhenConstraintBroken_ShouldThrowValidationErrorAndSendNothing(string name)
    {
        var (request, parameter) = CreateCases[name];
        await using var server = new CaptureServer();
        using var client = EfsTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<AwsRequestValidationException>(() => client.CreateFileSystemAsync(request));

        Assert.Equal(parameter, exception.ParamName);
        Assert.False(string.IsNullOrWhiteSpace(exception.Reason));
        Assert.Empty(server.Requests);
    }

    [Theory]
    [MemberData(nameof(DescribeCaseNames))]
    public async Task DescribeFileSystemsAsync_WhenConstraintBroken_ShouldThrowValidationErrorAndSendNothing(string name)
    {
        var (request, parameter) = DescribeCases[name];
        await using var server = new CaptureServer();
        using var client = EfsTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<AwsRequestValidationException>(() => client.DescribeFileSystemsAsync(request));

        Assert.Equal(parameter, exception.ParamName);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("mrk-1234abcd12ab34cd56ef1234567890ab")]
    [InlineData("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("alias/projectKey1")]
    [InlineData("arn:aws:kms:us-west-2:444455556666:alias/projectKey1")]
    public async Task CreateFileSystemAsync_WhenKmsKeyIdInADocumentedForm_ShouldSendTheRequest(string kmsKeyId)
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(201, """{"FileSystemId":"fs-1","LifeCycleState":"creating"}"""));
        using var client = EfsTestClients.For(server.Endpoint);

        await client.CreateFileSystemAsync(Valid with
        {
            CreationToken = new string('t', 64),
            Encrypted = true,
            KmsKeyId = kmsKeyId,
            Tags = [new Tag(new string('k', 128), new string('v', 256)), new Tag("Name", "")],
        });

        Assert.Single(server.Requests);
    }
}
