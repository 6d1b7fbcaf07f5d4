using System.Net;
using Amazon.Runtime;

namespace StorageOps.Aws.Rds;

/// <summary>Base of every error Amazon RDS returns; <see cref="AmazonServiceException.ErrorCode"/> is the RDS error code.</summary>
public class RdsServiceException : AmazonServiceException
{
    public RdsServiceException(string message, string errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, ErrorType.Unknown, errorCode, requestId, statusCode)
    {
    }
}
