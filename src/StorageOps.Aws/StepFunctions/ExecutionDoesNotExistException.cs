using System.Net;

namespace StorageOps.Aws.StepFunctions;

/// <summary>Step Functions <c>ExecutionDoesNotExist</c>: The specified execution does not exist.</summary>
public sealed class ExecutionDoesNotExistException : StepFunctionsServiceException
{
    public ExecutionDoesNotExistException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "ExecutionDoesNotExist", requestId, statusCode)
    {
    }
}
