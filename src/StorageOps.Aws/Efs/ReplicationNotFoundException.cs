using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>ReplicationNotFound</c> (HTTP 404): Returned if the specified file system does not have a replication configuration.</summary>
public sealed class ReplicationNotFoundException : EfsServiceException
{
    public ReplicationNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "ReplicationNotFound", requestId, statusCode)
    {
    }
}
