using StorageOps.Functions.Errors;
using StorageOps.Functions.FileSystems;

namespace StorageOps.Functions.Tests.FileSystems;

public sealed class ProvisionFileSystemRequestValidatorTests
{
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
