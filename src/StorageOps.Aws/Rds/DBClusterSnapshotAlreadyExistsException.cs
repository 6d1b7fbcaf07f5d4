using System.Net;

namespace StorageOps.Aws.Rds;

/// <summary>RDS <c>DBClusterSnapshotAlreadyExistsFault</c> (HTTP 400): The user already has a DB cluster snapshot with the given identifier.</summary>
public sealed class DBClusterSnapshotAlreadyExistsException : RdsServiceException
{
    public DBClusterSnapshotAlreadyExistsException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "DBClusterSnapshotAlreadyExistsFault", requestId, statusCode)
    {
    }
}
