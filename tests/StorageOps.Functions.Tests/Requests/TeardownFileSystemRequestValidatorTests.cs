using StorageOps.Functions.Errors;
using StorageOps.Functions.Requests;

namespace StorageOps.Functions.Tests.Requests;

public sealed class TeardownFileSystemRequestValidatorTests
{
    private static readonly TeardownFileSystemRequest Valid = new() { RequestId = "req-1", FileSystemId = "fs-0123456789abcdef0" };

    public static TheoryData<TeardownFileSystemRequest, string> InvalidRequests => new()
    {
        { Valid with { RequestId = "" }, "requestId: is required" },
        { Valid with { FileSystemId = null }, "fileSystemId: is required" },
        { Valid with { FileSystemId = "fs-0123456789ABCDEF0" }, "fileSystemId: 'fs-0123456789ABCDEF0' is not a file system id" },
        { Valid with { TimeoutSeconds = 86401 }, "timeoutSeconds: must be between 1 and 86400" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public void Validate_WhenAFieldBreaksARule_ShouldNameTheFieldAndRule(TeardownFileSystemRequest request, string expected)
    {
        var error = Assert.Throws<InvalidInputException>(() => TeardownFileSystemRequestValidator.Validate(request));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhenForcedByArn_ShouldAccept()
    {
        TeardownFileSystemRequestValidator.Validate(Valid with { FileSystemId = "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0123456789abcdef0", Force = true });
    }
}
