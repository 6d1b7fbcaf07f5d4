using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>InvalidPolicyException</c> (HTTP 400): Returned if the FileSystemPolicy is malformed or contains an error such as a parameter value that is not valid or a missing required parameter.</summary>
public sealed class InvalidPolicyException : EfsServiceException
{
    public InvalidPolicyException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "InvalidPolicyException", requestId, statusCode)
    {
    }
}
