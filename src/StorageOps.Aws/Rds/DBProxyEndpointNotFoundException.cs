using System.Net;

namespace StorageOps.Aws.Rds;

/// <summary>RDS <c>DBProxyEndpointNotFoundFault</c> (HTTP 404): The DB proxy endpoint doesn't exist.</summary>
public sealed class DBProxyEndpointNotFoundException : RdsServiceException
{
    public DBProxyEndpointNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "DBProxyEndpointNotFoundFault", requestId, statusCode)
    {
    }
}
