using System.Net;

namespace StorageOps.Aws.StepFunctions;

/// <summary>Step Functions <c>StateMachineDoesNotExist</c>: The specified state machine does not exist.</summary>
public sealed class StateMachineDoesNotExistException : StepFunctionsServiceException
{
    public StateMachineDoesNotExistException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "StateMachineDoesNotExist", requestId, statusCode)
    {
    }
}
