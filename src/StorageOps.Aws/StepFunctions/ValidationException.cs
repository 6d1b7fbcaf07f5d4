using System.Net;

namespace StorageOps.Aws.StepFunctions;

/// <summary>Step Functions <c>ValidationException</c>: The input does not satisfy the constraints specified by an Amazon Web Services service.</summary>
public sealed class ValidationException : StepFunctionsServiceException
{
    public ValidationException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "ValidationException", requestId, statusCode)
    {
    }
}
