using StorageOps.Functions.Errors;
using StorageOps.Functions.Requests;

namespace StorageOps.Functions.Tests.Requests;

public sealed class ReplicateFileSystemRequestValidatorTests
{
    private static readonly ReplicateFileSystemRequest Valid = new()
    {
        RequestId = "req-1",
        FileSystemId = "fs-0123456789abcdef0",
        Destination = new ReplicationDestinationRequest { Region = "us-west-2" },
    };

    public static TheoryData<ReplicateFileSystemRequest, string> InvalidRequests => new()
    {
        { Valid with { RequestId = null }, "requestId: is required" },
        { Valid with { FileSystemId = null }, "fileSystemId: is required" },
        { Valid with { FileSystemId = "fs-1" }, "fileSystemId: 'fs-1' is not a file system id" },
        { Valid with { Destination = null }, "destination: is required" },
        { Valid with { Destination = new ReplicationDestinationRequest() }, "destination: needs region or availabilityZoneName" },
        { Valid with { TimeoutSeconds = -1 }, "timeoutSeconds: must be between 1 and 86400" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public void Validate_WhenAFieldBreaksARule_ShouldNameTheFieldAndRule(ReplicateFileSystemRequest request, string expected)
    {
        var error = Assert.Throws<InvalidInputException>(() => ReplicateFileSystemRequestValidator.Validate(request));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhenTheRequestIsComplete_ShouldAccept()
    {
        ReplicateFileSystemRequestValidator.Validate(Valid with { TimeoutSeconds = 3600 });
    }
}
