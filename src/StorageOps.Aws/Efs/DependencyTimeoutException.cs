using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>DependencyTimeout</c> (HTTP 504): The service timed out trying to fulfill the request, and the client should try the call again.</summary>
public sealed class DependencyTimeoutException : EfsServiceException
{
    public DependencyTimeoutException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "DependencyTimeout", requestId, statusCode)
    {
    }
}
