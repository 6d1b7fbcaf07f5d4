namespace StorageOps.Aws.Protocol;

/// <summary>
/// The service-model metadata a protocol client needs: what AWSSDK.Core signs with and where the endpoint is.
/// </summary>
/// <param name="ServiceId">Model <c>serviceId</c>, e.g. <c>EFS</c> (user agent, retry quota key, logging).</param>
/// <param name="SigningName">SigV4 service name, e.g. <c>elasticfilesystem</c>.</param>
/// <param name="EndpointPrefix">Host prefix of the public endpoint: <c>https://{EndpointPrefix}.{region}.amazonaws.com</c>.</param>
/// <param name="ApiVersion">Model <c>apiVersion</c>, e.g. <c>2015-02-01</c> (also the awsQuery <c>Version</c> parameter).</param>
internal sealed record AwsServiceDescription(string ServiceId, string SigningName, string EndpointPrefix, string ApiVersion);
