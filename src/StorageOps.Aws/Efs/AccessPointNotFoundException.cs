using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>AccessPointNotFound</c> (HTTP 404): Returned if the specified AccessPointId value doesn&#x27;t exist in the requester&#x27;s Amazon Web Services account.</summary>
public sealed class AccessPointNotFoundException : EfsServiceException
{
    public AccessPointNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "AccessPointNotFound", requestId, statusCode)
    {
    }
}
