using Amazon.Runtime;
using Amazon.Runtime.Endpoints;

namespace StorageOps.Aws.Protocol;

/// <summary>
/// Resolves <c>https://{prefix}.{region}.amazonaws.com</c> (<c>.com.cn</c> in China), or the configured endpoint override.
/// </summary>
internal sealed class ProtocolEndpointProvider(AwsServiceDescription service) : IEndpointProvider
{
    public const string RegionParameter = "Region";
    public const string EndpointParameter = "Endpoint";

    public Endpoint ResolveEndpoint(EndpointParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters[EndpointParameter] is string endpoint && endpoint.Length > 0)
        {
            return new Endpoint(endpoint);
        }

        if (parameters[RegionParameter] is not string region || region.Length == 0)
        {
            throw new AmazonClientException($"No region is configured for {service.ServiceId}: set AwsClientSettings.Region or AWS_REGION.");
        }

        var dnsSuffix = region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
        return new Endpoint($"https://{service.EndpointPrefix}.{region}.{dnsSuffix}");
    }
}
