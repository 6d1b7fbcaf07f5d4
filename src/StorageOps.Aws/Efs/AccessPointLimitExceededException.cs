using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>AccessPointLimitExceeded</c> (HTTP 403): Returned if the Amazon Web Services account has already created the maximum number of access points allowed per file system.</summary>
public sealed class AccessPointLimitExceededException : EfsServiceException
{
    public AccessPointLimitExceededException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "AccessPointLimitExceeded", requestId, statusCode)
    {
    }
}
