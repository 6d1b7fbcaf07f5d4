using System.Net;

namespace StorageOps.Aws.Rds;

/// <summary>RDS <c>DBSnapshotTenantDatabaseNotFoundFault</c> (HTTP 404): The specified snapshot tenant database wasn't found.</summary>
public sealed class DBSnapshotTenantDatabaseNotFoundException : RdsServiceException
{
    public DBSnapshotTenantDatabaseNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "DBSnapshotTenantDatabaseNotFoundFault", requestId, statusCode)
    {
    }
}
