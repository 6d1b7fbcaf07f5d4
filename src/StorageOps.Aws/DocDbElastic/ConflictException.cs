using System.Net;

namespace StorageOps.Aws.DocDbElastic;

/// <summary>DocumentDB Elastic <c>ConflictException</c> (HTTP 409): there was an access conflict on the resource.</summary>
public sealed class ConflictException : DocDbElasticServiceException
{
    public ConflictException(string message, string? requestId, HttpStatusCode statusCode, string? resourceId, string? resourceType)
        : base(message, "ConflictException", requestId, statusCode)
    {
        ResourceId = resourceId;
        ResourceType = resourceType;
    }

    public string? ResourceId { get; }

    public string? ResourceType { get; }
}
