using System.Net;

namespace StorageOps.Aws.StepFunctions;

/// <summary>Step Functions <c>StateMachineDeleting</c>: The specified state machine is being deleted.</summary>
public sealed class StateMachineDeletingException : StepFunctionsServiceException
{
    public StateMachineDeletingException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "StateMachineDeleting", requestId, statusCode)
    {
    }
}
