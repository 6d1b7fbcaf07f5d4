using System.Net;

namespace StorageOps.Aws.Rds;

/// <summary>RDS <c>DBClusterSnapshotNotFoundFault</c> (HTTP 404): DBClusterSnapshotIdentifier doesn't refer to an existing DB cluster snapshot.</summary>
public sealed class DBClusterSnapshotNotFoundException : RdsServiceException
{
    public DBClusterSnapshotNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "DBClusterSnapshotNotFoundFault", requestId, statusCode)
    {
    }
}
