using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>ThroughputLimitExceeded</c> (HTTP 400): Returned if the throughput mode or amount of provisioned throughput can&#x27;t be changed because the throughput limit of 1024 MiB/s has been reached.</summary>
public sealed class ThroughputLimitExceededException : EfsServiceException
{
    public ThroughputLimitExceededException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "ThroughputLimitExceeded", requestId, statusCode)
    {
    }
}
