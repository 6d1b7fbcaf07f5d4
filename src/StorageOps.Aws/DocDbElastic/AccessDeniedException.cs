using System.Net;

namespace StorageOps.Aws.DocDbElastic;

/// <summary>DocumentDB Elastic <c>AccessDeniedException</c> (HTTP 403): There are not sufficient permissions to perform the action.</summary>
public sealed class AccessDeniedException : DocDbElasticServiceException
{
    public AccessDeniedException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "AccessDeniedException", requestId, statusCode)
    {
    }
}
