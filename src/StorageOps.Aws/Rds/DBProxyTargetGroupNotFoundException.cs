using System.Net;

namespace StorageOps.Aws.Rds;

/// <summary>RDS <c>DBProxyTargetGroupNotFoundFault</c> (HTTP 404): The specified target group isn't available for a proxy owned by your Amazon Web Services account in the specified Amazon Web Services Region.</summary>
public sealed class DBProxyTargetGroupNotFoundException : RdsServiceException
{
    public DBProxyTargetGroupNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "DBProxyTargetGroupNotFoundFault", requestId, statusCode)
    {
    }
}
