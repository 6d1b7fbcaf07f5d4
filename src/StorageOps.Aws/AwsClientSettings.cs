using Amazon.Runtime;

namespace StorageOps.Aws;

/// <summary>How every StorageOps AWS client (EFS, RDS, DocumentDB Elastic, Step Functions) reaches its service.</summary>
public sealed record AwsClientSettings
{
    /// <summary>
    /// Region name such as <c>us-east-1</c>; it picks the public endpoint and is the SigV4 signing region (also with
    /// <see cref="ServiceUrl"/>). Null = AWSSDK.Core's region chain (<c>AWS_REGION</c>, profile, instance metadata).
    /// </summary>
    public string? Region { get; init; }

    /// <summary>Endpoint override such as <c>http://127.0.0.1:4566</c> (local simulator, moto); null = the public AWS endpoint.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>Null = AWSSDK.Core's default credential chain (environment, profile, SSO, container, instance metadata).</summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>Retries after the first attempt for throttling and 5xx errors (standard retry mode); null = the SDK default.</summary>
    public int? MaxErrorRetry { get; init; }

    /// <summary>Per-attempt HTTP timeout; null = the SDK default.</summary>
    public TimeSpan? Timeout { get; init; }
}
