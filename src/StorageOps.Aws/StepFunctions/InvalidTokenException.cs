using System.Net;

namespace StorageOps.Aws.StepFunctions;

/// <summary>Step Functions <c>InvalidToken</c>: The provided token is not valid.</summary>
public sealed class InvalidTokenException : StepFunctionsServiceException
{
    public InvalidTokenException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "InvalidToken", requestId, statusCode)
    {
    }
}
