using System.Net;

namespace StorageOps.Aws.Rds;

/// <summary>RDS <c>DBProxyNotFoundFault</c> (HTTP 404): The specified proxy name doesn't correspond to a proxy owned by your Amazon Web Services account in the specified Amazon Web Services Region.</summary>
public sealed class DBProxyNotFoundException : RdsServiceException
{
    public DBProxyNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "DBProxyNotFoundFault", requestId, statusCode)
    {
    }
}
