using Amazon.Runtime;

namespace StorageOps.Aws.Protocol;

/// <summary>What travels through AWSSDK.Core's pipeline: the operation definition and our own input record.</summary>
internal sealed class OperationRequest(IOperationDefinition operation, object input) : AmazonWebServiceRequest
{
    public IOperationDefinition Operation { get; } = operation;

    public object Input { get; } = input;
}
