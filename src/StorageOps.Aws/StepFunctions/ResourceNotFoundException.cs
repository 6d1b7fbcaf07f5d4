using System.Net;

namespace StorageOps.Aws.StepFunctions;

/// <summary>Step Functions <c>ResourceNotFound</c>: Could not find the referenced resource.</summary>
public sealed class ResourceNotFoundException : StepFunctionsServiceException
{
    public ResourceNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "ResourceNotFound", requestId, statusCode)
    {
    }
}
