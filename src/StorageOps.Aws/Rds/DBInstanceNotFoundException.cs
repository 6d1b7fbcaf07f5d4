using System.Net;

namespace StorageOps.Aws.Rds;

/// <summary>RDS <c>DBInstanceNotFound</c> (HTTP 404): DBInstanceIdentifier doesn't refer to an existing DB instance.</summary>
public sealed class DBInstanceNotFoundException : RdsServiceException
{
    public DBInstanceNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "DBInstanceNotFound", requestId, statusCode)
    {
    }
}
