using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>ReplicationAlreadyExists</c> (HTTP 409): Returned if the file system is already included in a replication configuration.&gt;.</summary>
public sealed class ReplicationAlreadyExistsException : EfsServiceException
{
    public ReplicationAlreadyExistsException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "ReplicationAlreadyExists", requestId, statusCode)
    {
    }
}
