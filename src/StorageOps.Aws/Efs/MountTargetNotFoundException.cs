using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>MountTargetNotFound</c> (HTTP 404): Returned if there is no mount target with the specified ID found in the caller&#x27;s Amazon Web Services account.</summary>
public sealed class MountTargetNotFoundException : EfsServiceException
{
    public MountTargetNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "MountTargetNotFound", requestId, statusCode)
    {
    }
}
