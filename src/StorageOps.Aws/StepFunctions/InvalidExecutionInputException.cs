using System.Net;

namespace StorageOps.Aws.StepFunctions;

/// <summary>Step Functions <c>InvalidExecutionInput</c>: The provided JSON input data is not valid.</summary>
public sealed class InvalidExecutionInputException : StepFunctionsServiceException
{
    public InvalidExecutionInputException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "InvalidExecutionInput", requestId, statusCode)
    {
    }
}
