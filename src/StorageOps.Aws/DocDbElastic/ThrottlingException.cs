using System.Net;
using Amazon.Runtime;

namespace StorageOps.Aws.DocDbElastic;

/// <summary>DocumentDB Elastic <c>ThrottlingException</c> (HTTP 429): the request was denied due to request throttling.</summary>
public sealed class ThrottlingException : DocDbElasticServiceException
{
    public ThrottlingException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "ThrottlingException", requestId, statusCode)
    {
    }

    /// <summary>Retried by the standard retry mode as throttling.</summary>
    public override RetryableDetails Retryable { get; } = new(throttling: true);
}
