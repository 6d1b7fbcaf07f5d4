using System.Net;

namespace StorageOps.Aws.DocDbElastic;

/// <summary>DocumentDB Elastic <c>ServiceQuotaExceededException</c> (HTTP 402): The service quota for the action was exceeded.</summary>
public sealed class ServiceQuotaExceededException : DocDbElasticServiceException
{
    public ServiceQuotaExceededException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "ServiceQuotaExceededException", requestId, statusCode)
    {
    }
}
