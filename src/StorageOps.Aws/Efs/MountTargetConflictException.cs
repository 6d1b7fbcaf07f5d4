using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>MountTargetConflict</c> (HTTP 409): Returned if the mount target would violate one of the specified restrictions based on the file system&#x27;s existing mount targets.</summary>
public sealed class MountTargetConflictException : EfsServiceException
{
    public MountTargetConflictException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "MountTargetConflict", requestId, statusCode)
    {
    }
}
