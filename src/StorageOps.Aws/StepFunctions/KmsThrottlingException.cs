using System.Net;
using Amazon.Runtime;

namespace StorageOps.Aws.StepFunctions;

/// <summary>Step Functions <c>KmsThrottlingException</c>: Received when KMS returns ThrottlingException for a KMS call that Step Functions makes on behalf of the caller.</summary>
public sealed class KmsThrottlingException : StepFunctionsServiceException
{
    public KmsThrottlingException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "KmsThrottlingException", requestId, statusCode)
    {
    }

    /// <summary>Retried by the standard retry mode as throttling.</summary>
    public override RetryableDetails Retryable { get; } = new(throttling: true);
}
