using System.Net;
using Amazon.Runtime;

namespace StorageOps.Aws.DocDbElastic;

/// <summary>Base of every error Amazon DocumentDB Elastic returns; <see cref="AmazonServiceException.ErrorCode"/> is its error code.</summary>
public class DocDbElasticServiceException : AmazonServiceException
{
    public DocDbElasticServiceException(string message, string errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, ErrorType.Unknown, errorCode, requestId, statusCode)
    {
    }
}
