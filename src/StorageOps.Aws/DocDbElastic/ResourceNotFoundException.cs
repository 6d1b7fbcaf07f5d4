using System.Net;

namespace StorageOps.Aws.DocDbElastic;

/// <summary>DocumentDB Elastic <c>ResourceNotFoundException</c> (HTTP 404): the resource could not be located.</summary>
public sealed class ResourceNotFoundException : DocDbElasticServiceException
{
    public ResourceNotFoundException(string message, string? requestId, HttpStatusCode statusCode, string? resourceId, string? resourceType)
        : base(message, "ResourceNotFoundException", requestId, statusCode)
    {
        ResourceId = resourceId;
        ResourceType = resourceType;
    }

    public string? ResourceId { get; }

    public string? ResourceType { get; }
}
