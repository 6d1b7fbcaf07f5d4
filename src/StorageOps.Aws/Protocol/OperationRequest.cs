using Amazon.Runtime;

namespace StorageOps.Aws.Protocol;

/// <summary>What travels through AWSSDK.Core's pipeline: the operation definition and our own input record.</summary>
internal sealed class OperationRequest(IOperationDefinition operation, object input) : AmazonWebServiceRequest
{
    public IOperationDefinition Operation { get; } = operation;

    public object Input { get; } = input;
}

/// <summary>What comes back out of the pipeline: our own output record.</summary>
internal sealed class OperationResponse : AmazonWebServiceResponse
{
    public object? Output { get; init; }
}

/// <summary>The protocol-independent part of an operation definition.</summary>
internal interface IOperationDefinition
{
    /// <summary>The API operation name, e.g. <c>CreateFileSystem</c>.</summary>
    string Name { get; }

    /// <summary>The error codes the service model lists for the operation (each maps to a typed exception).</summary>
    IReadOnlyList<string> ErrorCodes { get; }
}
