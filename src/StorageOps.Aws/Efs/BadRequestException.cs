using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>BadRequest</c> (HTTP 400): Returned if the request is malformed or contains an error such as an invalid parameter value or a missing required parameter.</summary>
public sealed class BadRequestException : EfsServiceException
{
    public BadRequestException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "BadRequest", requestId, statusCode)
    {
    }
}
