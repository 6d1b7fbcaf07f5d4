using System.Net;

namespace StorageOps.Aws.Rds;

/// <summary>RDS <c>KMSKeyNotAccessibleFault</c> (HTTP 400): An error occurred accessing an Amazon Web Services KMS key.</summary>
public sealed class KMSKeyNotAccessibleException : RdsServiceException
{
    public KMSKeyNotAccessibleException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "KMSKeyNotAccessibleFault", requestId, statusCode)
    {
    }
}
