using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;

namespace StorageOps.Aws.Protocol;

/// <summary>
/// The pipeline handler that turns the client config into endpoint parameters for <see cref="ProtocolEndpointProvider"/>
/// (replaces AWSSDK.Core's legacy <see cref="EndpointResolver"/>, as generated v4 clients do).
/// </summary>
internal sealed class ProtocolEndpointResolver : BaseEndpointResolver
{
    protected override EndpointParameters MapEndpointsParameters(IRequestContext requestContext)
    {
        ArgumentNullException.ThrowIfNull(requestContext);
        return MapParameters((ClientConfig)requestContext.ClientConfig, requestContext.Request.AlternateEndpoint);
    }

    public static EndpointParameters MapParameters(ClientConfig config, RegionEndpoint? alternateEndpoint)
    {
        var parameters = new EndpointParameters();
        parameters[ProtocolEndpointProvider.RegionParameter] =
            alternateEndpoint?.SystemName ?? config.RegionEndpoint?.SystemName ?? config.AuthenticationRegion;
        parameters[ProtocolEndpointProvider.EndpointParameter] = config.ServiceURL;
        return parameters;
    }
}
