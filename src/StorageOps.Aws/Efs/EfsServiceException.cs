using System.Net;
using Amazon.Runtime;

namespace StorageOps.Aws.Efs;

/// <summary>Base of every error Amazon EFS returns; <see cref="AmazonServiceException.ErrorCode"/> is the EFS error code.</summary>
public class EfsServiceException : AmazonServiceException
{
    public EfsServiceException(string message, string errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, ErrorType.Unknown, errorCode, requestId, statusCode)
    {
    }
}
