using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>FileSystemInUse</c> (HTTP 409): Returned if a file system has mount targets.</summary>
public sealed class FileSystemInUseException : EfsServiceException
{
    public FileSystemInUseException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "FileSystemInUse", requestId, statusCode)
    {
    }
}
