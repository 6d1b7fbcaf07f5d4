using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>PolicyNotFound</c> (HTTP 404): Returned if no backup is specified for a One Zone EFS file system.</summary>
public sealed class PolicyNotFoundException : EfsServiceException
{
    public PolicyNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "PolicyNotFound", requestId, statusCode)
    {
    }
}
