using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>SubnetNotFound</c> (HTTP 400): Returned if there is no subnet with ID SubnetId provided in the request.</summary>
public sealed class SubnetNotFoundException : EfsServiceException
{
    public SubnetNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "SubnetNotFound", requestId, statusCode)
    {
    }
}
