using System.Net;

namespace StorageOps.Aws.StepFunctions;

/// <summary>Step Functions <c>KmsInvalidStateException</c>: The KMS key is not in valid state, for example: Disabled or Deleted.</summary>
public sealed class KmsInvalidStateException : StepFunctionsServiceException
{
    public KmsInvalidStateException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "KmsInvalidStateException", requestId, statusCode)
    {
    }
}
