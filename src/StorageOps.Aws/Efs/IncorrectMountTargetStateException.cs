using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>IncorrectMountTargetState</c> (HTTP 409): Returned if the mount target is not in the correct state for the operation.</summary>
public sealed class IncorrectMountTargetStateException : EfsServiceException
{
    public IncorrectMountTargetStateException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "IncorrectMountTargetState", requestId, statusCode)
    {
    }
}
