using Amazon.Runtime.Internal;

namespace StorageOps.Aws.Protocol;

internal sealed class ProtocolServiceMetadata(AwsServiceDescription service) : IServiceMetadata
{
    public string ServiceId => service.ServiceId;

    public IDictionary<string, string> OperationNameMapping { get; } = new Dictionary<string, string>();
}
