using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>FileSystemLimitExceeded</c> (HTTP 403): Returned if the Amazon Web Services account has already created the maximum number of file systems allowed per account.</summary>
public sealed class FileSystemLimitExceededException : EfsServiceException
{
    public FileSystemLimitExceededException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "FileSystemLimitExceeded", requestId, statusCode)
    {
    }
}
