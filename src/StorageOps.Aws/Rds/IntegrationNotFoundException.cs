using System.Net;

namespace StorageOps.Aws.Rds;

/// <summary>RDS <c>IntegrationNotFoundFault</c> (HTTP 404): The specified integration could not be found.</summary>
public sealed class IntegrationNotFoundException : RdsServiceException
{
    public IntegrationNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "IntegrationNotFoundFault", requestId, statusCode)
    {
    }
}
