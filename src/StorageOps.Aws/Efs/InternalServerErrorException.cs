using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>InternalServerError</c> (HTTP 500): Returned if an error occurred on the server side.</summary>
public sealed class InternalServerErrorException : EfsServiceException
{
    public InternalServerErrorException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "InternalServerError", requestId, statusCode)
    {
    }
}
