using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using StorageOps.Aws.Efs;
using StorageOps.Aws.Protocol;

namespace StorageOps.Aws.Tests.Protocol;

public sealed class ProtocolEndpointProviderTests
{
    [Theory]
    [InlineData("us-east-1", "https://elasticfilesystem.us-east-1.amazonaws.com")]
    [InlineData("eu-west-3", "https://elasticfilesystem.eu-west-3.amazonaws.com")]
    [InlineData("cn-north-1", "https://elasticfilesystem.cn-north-1.amazonaws.com.cn")]
    public void DetermineServiceOperationEndpoint_WhenOnlyRegionSet_ShouldBeThePublicEndpoint(string region, string expected)
    {
        var config = ProtocolClientConfig.From(EfsService.Description, new AwsClientSettings { Region = region });

        var endpoint = config.DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(null!));

        Assert.Equal(expected, endpoint.URL);
        Assert.Equal("elasticfilesystem", config.AuthenticationServiceName);
        Assert.Equal("2015-02-01", config.ServiceVersion);
        Assert.Equal(RequestRetryMode.Standard, config.RetryMode);
    }

    [Fact]
    public void DetermineServiceOperationEndpoint_WhenServiceUrlSet_ShouldUseItAndSignForTheRegion()
    {
        var config = ProtocolClientConfig.From(EfsService.Description, new AwsClientSettings { Region = "eu-central-1", ServiceUrl = "http://127.0.0.1:4566" });

        var endpoint = config.DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(null!));

        Assert.Equal("http://127.0.0.1:4566", endpoint.URL.TrimEnd('/'));
        Assert.Equal("eu-central-1", config.AuthenticationRegion);
    }

    [Fact]
    public void ResolveEndpoint_WhenNoRegion_ShouldExplainWhatIsMissing()
    {
        var provider = new ProtocolEndpointProvider(EfsService.Description);

        var exception = Assert.Throws<AmazonClientException>(() => provider.ResolveEndpoint(new EndpointParameters()));

        Assert.Contains("region", exception.Message, StringComparison.OrdinalIgnoreCase);
    }
}
