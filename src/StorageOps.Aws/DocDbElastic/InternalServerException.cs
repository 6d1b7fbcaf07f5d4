using System.Net;

namespace StorageOps.Aws.DocDbElastic;

/// <summary>DocumentDB Elastic <c>InternalServerException</c> (HTTP 500): There was an internal server error.</summary>
public sealed class InternalServerException : DocDbElasticServiceException
{
    public InternalServerException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "InternalServerException", requestId, statusCode)
    {
    }
}
