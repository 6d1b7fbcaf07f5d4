using System.Net;
using Amazon.Runtime;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>ThrottlingException</c> (HTTP 429): Returned when the CreateAccessPoint API action is called too quickly and the number of Access Points on the file system is nearing the limit of 120.</summary>
public sealed class ThrottlingException : EfsServiceException
{
    public ThrottlingException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "ThrottlingException", requestId, statusCode)
    {
    }

    /// <summary>Retried by the standard retry mode as throttling.</summary>
    public override RetryableDetails Retryable { get; } = new(throttling: true);
}
