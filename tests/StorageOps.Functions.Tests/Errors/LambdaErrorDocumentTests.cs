using System.Net;
using Amazon.Runtime;
using StorageOps.Aws.Efs;
using StorageOps.Functions.Errors;

namespace StorageOps.Functions.Tests.Errors;

public sealed class LambdaErrorDocumentTests
{
    public static TheoryData<Exception, string, string> Cases => new()
    {
        { new InvalidInputException(["requestId: is required", "tags: bad"]), "StorageOps.ValidationError", "requestId: is required; tags: bad" },
        { new FileSystemNotFoundException("File system 'fs-1' does not exist.", "r", HttpStatusCode.NotFound), "StorageOps.FileSystemNotFound", "File system 'fs-1' does not exist." },
        { new AmazonServiceException("Rate exceeded", ErrorType.Sender, "ThrottlingException", "r", HttpStatusCode.BadRequest), "StorageOps.Throttled", "ThrottlingException: Rate exceeded" },
        { new EfsServiceException("Too many", "FileSystemLimitExceeded", "r", HttpStatusCode.Forbidden), "StorageOps.AwsServiceError", "FileSystemLimitExceeded (HTTP 403): Too many" },
        { new StorageOps.Aws.AwsRequestValidationException("KmsKeyId", "must be a key id, key ARN, alias or alias ARN"), "StorageOps.ValidationError", "KmsKeyId: must be a key id, key ARN, alias or alias ARN" },
        { new InvalidOperationException("boom"), "StorageOps.InternalError", "InvalidOperationException: boom" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void From_WhenExceptionIsOfAKind_ShouldNameTheErrorForStepFunctions(Exception exception, string errorType, string message)
    {
        var document = LambdaErrorDocument.From(exception);

        Assert.Equal(errorType, document.ErrorType);
        Assert.Equal(message, document.ErrorMessage);
    }

    [Fact]
    public void From_WhenANamedErrorWasThrown_ShouldCarryNoStackTrace()
    {
        var thrown = Thrown(new InvalidInputException("requestId: is required"));

        var document = LambdaErrorDocument.From(thrown);

        Assert.NotNull(thrown.StackTrace);
        Assert.Empty(document.StackTrace);
        Assert.False(document.IsUnexpected);
        Assert.Equal("""{"errorType":"StorageOps.ValidationError","errorMessage":"requestId: is required","stackTrace":[]}""", document.ToJson());
    }

    [Fact]
    public void From_WhenAnUnexpectedExceptionWasThrown_ShouldKeepItsStackTrace()
    {
        var document = LambdaErrorDocument.From(Thrown(new InvalidOperationException("boom")));

        Assert.True(document.IsUnexpected);
        Assert.Contains(document.StackTrace, frame => frame.Contains(nameof(Thrown), StringComparison.Ordinal));
    }

    private static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception caught)
        {
            return caught;
        }
    }
}
