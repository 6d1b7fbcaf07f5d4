using Amazon.Runtime;

namespace StorageOps.Aws.Protocol;

/// <summary>What comes back out of the pipeline: our own output record.</summary>
internal sealed class OperationResponse : AmazonWebServiceResponse
{
    public object? Output { get; init; }
}
