using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>UnsupportedAvailabilityZone</c> (HTTP 400): Returned if the requested Amazon EFS functionality is not available in the specified Availability Zone.</summary>
public sealed class UnsupportedAvailabilityZoneException : EfsServiceException
{
    public UnsupportedAvailabilityZoneException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "UnsupportedAvailabilityZone", requestId, statusCode)
    {
    }
}
