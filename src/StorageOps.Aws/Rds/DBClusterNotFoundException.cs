using System.Net;

namespace StorageOps.Aws.Rds;

/// <summary>RDS <c>DBClusterNotFoundFault</c> (HTTP 404): DBClusterIdentifier doesn't refer to an existing DB cluster.</summary>
public sealed class DBClusterNotFoundException : RdsServiceException
{
    public DBClusterNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "DBClusterNotFoundFault", requestId, statusCode)
    {
    }
}
