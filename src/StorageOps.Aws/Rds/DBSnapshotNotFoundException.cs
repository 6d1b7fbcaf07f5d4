using System.Net;

namespace StorageOps.Aws.Rds;

/// <summary>RDS <c>DBSnapshotNotFound</c> (HTTP 404): DBSnapshotIdentifier doesn't refer to an existing DB snapshot.</summary>
public sealed class DBSnapshotNotFoundException : RdsServiceException
{
    public DBSnapshotNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "DBSnapshotNotFound", requestId, statusCode)
    {
    }
}
