using System.Net;
using Amazon.Runtime;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>TooManyRequests</c> (HTTP 429): Returned if you don’t wait at least 24 hours before either changing the throughput mode, or decreasing the Provisioned Throughput value.</summary>
public sealed class TooManyRequestsException : EfsServiceException
{
    public TooManyRequestsException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "TooManyRequests", requestId, statusCode)
    {
    }

    /// <summary>Retried by the standard retry mode as throttling.</summary>
    public override RetryableDetails Retryable { get; } = new(throttling: true);
}
