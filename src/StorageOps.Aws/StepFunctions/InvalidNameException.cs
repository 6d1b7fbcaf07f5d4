using System.Net;

namespace StorageOps.Aws.StepFunctions;

/// <summary>Step Functions <c>InvalidName</c>: The provided name is not valid.</summary>
public sealed class InvalidNameException : StepFunctionsServiceException
{
    public InvalidNameException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "InvalidName", requestId, statusCode)
    {
    }
}
