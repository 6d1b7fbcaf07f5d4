using System.Net;

namespace StorageOps.Aws.StepFunctions;

/// <summary>Step Functions <c>StateMachineTypeNotSupported</c>: State machine type is not supported.</summary>
public sealed class StateMachineTypeNotSupportedException : StepFunctionsServiceException
{
    public StateMachineTypeNotSupportedException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "StateMachineTypeNotSupported", requestId, statusCode)
    {
    }
}
