using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>IpAddressInUse</c> (HTTP 409): Returned if the request specified an IpAddress that is already in use in the subnet.</summary>
public sealed class IpAddressInUseException : EfsServiceException
{
    public IpAddressInUseException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "IpAddressInUse", requestId, statusCode)
    {
    }
}
