using System.Net;

namespace StorageOps.Aws.Rds;

/// <summary>RDS <c>InvalidDBClusterEndpointStateFault</c> (HTTP 400): The requested operation can't be performed on the endpoint while the endpoint is in this state.</summary>
public sealed class InvalidDBClusterEndpointStateException : RdsServiceException
{
    public InvalidDBClusterEndpointStateException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "InvalidDBClusterEndpointStateFault", requestId, statusCode)
    {
    }
}
