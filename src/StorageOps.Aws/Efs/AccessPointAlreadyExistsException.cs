using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>AccessPointAlreadyExists</c> (HTTP 409): Returned if the access point that you are trying to create already exists, with the creation token you provided in the request.</summary>
public sealed class AccessPointAlreadyExistsException : EfsServiceException
{
    public AccessPointAlreadyExistsException(string message, string? requestId, HttpStatusCode statusCode, string? accessPointId)
        : base(message, "AccessPointAlreadyExists", requestId, statusCode)
    {
        AccessPointId = accessPointId;
    }

    public string? AccessPointId { get; }
}
