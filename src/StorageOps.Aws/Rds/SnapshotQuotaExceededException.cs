using System.Net;

namespace StorageOps.Aws.Rds;

/// <summary>RDS <c>SnapshotQuotaExceeded</c> (HTTP 400): The request would result in the user exceeding the allowed number of DB snapshots.</summary>
public sealed class SnapshotQuotaExceededException : RdsServiceException
{
    public SnapshotQuotaExceededException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "SnapshotQuotaExceeded", requestId, statusCode)
    {
    }
}
