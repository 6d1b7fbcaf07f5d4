using System.Net;

namespace StorageOps.Aws.StepFunctions;

/// <summary>Step Functions <c>KmsAccessDeniedException</c>: Either your KMS key policy or API caller does not have the required permissions.</summary>
public sealed class KmsAccessDeniedException : StepFunctionsServiceException
{
    public KmsAccessDeniedException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "KmsAccessDeniedException", requestId, statusCode)
    {
    }
}
