using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>SecurityGroupNotFound</c> (HTTP 400): Returned if one of the specified security groups doesn&#x27;t exist in the subnet&#x27;s virtual private cloud (VPC).</summary>
public sealed class SecurityGroupNotFoundException : EfsServiceException
{
    public SecurityGroupNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "SecurityGroupNotFound", requestId, statusCode)
    {
    }
}
