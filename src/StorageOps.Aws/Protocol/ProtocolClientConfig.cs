using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util.Internal;

namespace StorageOps.Aws.Protocol;

/// <summary>The one <see cref="ClientConfig"/> every protocol client uses, parameterised by the service description.</summary>
internal sealed class ProtocolClientConfig : ClientConfig
{
    private readonly AwsServiceDescription service;
    private readonly string userAgent;

    public ProtocolClientConfig(AwsServiceDescription service)
        : base(new DefaultConfigurationProvider(ProtocolDefaultConfigurations.All))
    {
        this.service = service;
        userAgent = InternalSDKUtils.BuildUserAgentString(service.ServiceId, "1.0.0");
        base.ServiceId = service.ServiceId;
        AuthenticationServiceName = service.SigningName;
        EndpointProvider = new ProtocolEndpointProvider(service);
        RetryMode = RequestRetryMode.Standard;
    }

    public AwsServiceDescription Service => service;

    public override string RegionEndpointServiceName => service.EndpointPrefix;

    public override string ServiceVersion => service.ApiVersion;

    public override string UserAgent => userAgent;

    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return EndpointProvider.ResolveEndpoint(ProtocolEndpointResolver.MapParameters(this, parameters.AlternateEndpoint));
    }

    /// <summary>Builds the config for <paramref name="settings"/>: region, endpoint override, retries, timeout.</summary>
    public static ProtocolClientConfig From(AwsServiceDescription service, AwsClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var config = new ProtocolClientConfig(service);
        if (settings.ServiceUrl is not null)
        {
            // ServiceURL and RegionEndpoint exclude each other in ClientConfig; the region then only signs.
            config.ServiceURL = settings.ServiceUrl;
            config.AuthenticationRegion = settings.Region
                ?? FallbackRegionFactory.GetRegionEndpoint()?.SystemName
                ?? throw new ArgumentException("A Region is required with a ServiceUrl (it is the SigV4 signing region).", nameof(settings));
        }
        else if (settings.Region is not null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(settings.Region);
        }

        if (settings.MaxErrorRetry is { } retries)
        {
            config.MaxErrorRetry = retries;
        }

        if (settings.Timeout is { } timeout)
        {
            config.Timeout = timeout;
        }

        return config;
    }
}
