using System.Net;

namespace StorageOps.Aws.StepFunctions;

/// <summary>Step Functions <c>ExecutionLimitExceeded</c>: The maximum number of running executions has been reached. Running executions must end or be stopped before a new execution can be started.</summary>
public sealed class ExecutionLimitExceededException : StepFunctionsServiceException
{
    public ExecutionLimitExceededException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "ExecutionLimitExceeded", requestId, statusCode)
    {
    }
}
