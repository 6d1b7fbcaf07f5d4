using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>FileSystemAlreadyExists</c> (HTTP 409): the creation token is taken by <see cref="FileSystemId"/>.</summary>
public sealed class FileSystemAlreadyExistsException : EfsServiceException
{
    public FileSystemAlreadyExistsException(string message, string? requestId, HttpStatusCode statusCode, string fileSystemId)
        : base(message, "FileSystemAlreadyExists", requestId, statusCode)
    {
        FileSystemId = fileSystemId;
    }

    public string FileSystemId { get; }
}
