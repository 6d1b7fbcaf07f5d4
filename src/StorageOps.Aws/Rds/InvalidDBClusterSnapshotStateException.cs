using System.Net;

namespace StorageOps.Aws.Rds;

/// <summary>RDS <c>InvalidDBClusterSnapshotStateFault</c> (HTTP 400): The supplied value isn't a valid DB cluster snapshot state.</summary>
public sealed class InvalidDBClusterSnapshotStateException : RdsServiceException
{
    public InvalidDBClusterSnapshotStateException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "InvalidDBClusterSnapshotStateFault", requestId, statusCode)
    {
    }
}
