using System.Net;

namespace StorageOps.Aws.StepFunctions;

/// <summary>Step Functions <c>ExecutionAlreadyExists</c>: The execution has the same name as another execution (but a different input). Executions with the same name and input are considered idempotent.</summary>
public sealed class ExecutionAlreadyExistsException : StepFunctionsServiceException
{
    public ExecutionAlreadyExistsException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "ExecutionAlreadyExists", requestId, statusCode)
    {
    }
}
