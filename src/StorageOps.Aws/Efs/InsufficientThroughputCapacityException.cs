using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>InsufficientThroughputCapacity</c> (HTTP 503): Returned if there&#x27;s not enough capacity to provision additional throughput.</summary>
public sealed class InsufficientThroughputCapacityException : EfsServiceException
{
    public InsufficientThroughputCapacityException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "InsufficientThroughputCapacity", requestId, statusCode)
    {
    }
}
