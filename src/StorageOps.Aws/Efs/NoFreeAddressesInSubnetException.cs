using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>NoFreeAddressesInSubnet</c> (HTTP 409): Returned if IpAddress was not specified in the request and there are no free IP addresses in the subnet.</summary>
public sealed class NoFreeAddressesInSubnetException : EfsServiceException
{
    public NoFreeAddressesInSubnetException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "NoFreeAddressesInSubnet", requestId, statusCode)
    {
    }
}
