using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>FileSystemNotFound</c> (HTTP 404).</summary>
public sealed class FileSystemNotFoundException : EfsServiceException
{
    public FileSystemNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "FileSystemNotFound", requestId, statusCode)
    {
    }
}
