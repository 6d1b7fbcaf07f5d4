using Amazon.Runtime;

namespace StorageOps.Aws.Protocol;

/// <summary>
/// The defaults-mode table AWSSDK.Core asks every ClientConfig for. Every mode uses the standard retry mode:
/// throttling errors and 5xx responses are retried with jittered backoff, nothing else is.
/// </summary>
internal static class ProtocolDefaultConfigurations
{
    public static IReadOnlyList<IDefaultConfiguration> All { get; } =
    [
        Create(DefaultConfigurationMode.Standard, TimeSpan.FromMilliseconds(3100)),
        Create(DefaultConfigurationMode.InRegion, TimeSpan.FromMilliseconds(1100)),
        Create(DefaultConfigurationMode.CrossRegion, TimeSpan.FromMilliseconds(3100)),
        Create(DefaultConfigurationMode.Mobile, TimeSpan.FromMilliseconds(30000)),
        Create(DefaultConfigurationMode.Auto, TimeSpan.FromMilliseconds(3100)),
    ];

    private static DefaultConfiguration Create(DefaultConfigurationMode mode, TimeSpan? connectTimeout) => new()
    {
        Name = mode,
        RetryMode = RequestRetryMode.Standard,
        S3UsEast1RegionalEndpoint = S3UsEast1RegionalEndpointValue.Regional,
        ConnectTimeout = connectTimeout,
        TlsNegotiationTimeout = connectTimeout,
    };
}
