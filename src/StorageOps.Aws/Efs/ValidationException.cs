using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>ValidationException</c> (HTTP 400): Returned if the Backup service is not available in the Amazon Web Services Region in which the request was made.</summary>
public sealed class ValidationException : EfsServiceException
{
    public ValidationException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "ValidationException", requestId, statusCode)
    {
    }
}
