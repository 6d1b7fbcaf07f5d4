using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>AvailabilityZonesMismatch</c> (HTTP 400): Returned if the Availability Zone that was specified for a mount target is different from the Availability Zone that was specified for One Zone storage.</summary>
public sealed class AvailabilityZonesMismatchException : EfsServiceException
{
    public AvailabilityZonesMismatchException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "AvailabilityZonesMismatch", requestId, statusCode)
    {
    }
}
