using System.Net;

namespace StorageOps.Aws.Rds;

/// <summary>RDS <c>InvalidDBClusterStateFault</c> (HTTP 400): The requested operation can't be performed while the cluster is in this state.</summary>
public sealed class InvalidDBClusterStateException : RdsServiceException
{
    public InvalidDBClusterStateException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "InvalidDBClusterStateFault", requestId, statusCode)
    {
    }
}
