using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>ConflictException</c> (HTTP 409): Returned if the source file system in a replication is encrypted but the destination file system is unencrypted.</summary>
public sealed class ConflictException : EfsServiceException
{
    public ConflictException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "ConflictException", requestId, statusCode)
    {
    }
}
