using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>IncorrectFileSystemLifeCycleState</c> (HTTP 409): Returned if the file system&#x27;s lifecycle state is not &quot;available&quot;.</summary>
public sealed class IncorrectFileSystemLifeCycleStateException : EfsServiceException
{
    public IncorrectFileSystemLifeCycleStateException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "IncorrectFileSystemLifeCycleState", requestId, statusCode)
    {
    }
}
