using System.Net;

namespace StorageOps.Aws.Rds;

/// <summary>RDS <c>TenantDatabaseNotFound</c> (HTTP 404): The specified tenant database wasn't found in the DB instance.</summary>
public sealed class TenantDatabaseNotFoundException : RdsServiceException
{
    public TenantDatabaseNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "TenantDatabaseNotFound", requestId, statusCode)
    {
    }
}
