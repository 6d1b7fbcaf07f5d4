using System.Net;

namespace StorageOps.Aws.StepFunctions;

/// <summary>Step Functions <c>InvalidArn</c>: The provided Amazon Resource Name (ARN) is not valid.</summary>
public sealed class InvalidArnException : StepFunctionsServiceException
{
    public InvalidArnException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "InvalidArn", requestId, statusCode)
    {
    }
}
