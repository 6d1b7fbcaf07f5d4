using Amazon;
using Amazon.EC2;
using StorageOps.Aws;

namespace StorageOps.Functions.Networking;

/// <summary>Builds the official EC2 client from the same <see cref="AwsClientSettings"/> our own clients use (region, endpoint override, retries, timeout).</summary>
public static class Ec2Clients
{
    public static IAmazonEC2 Create(AwsClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var config = new AmazonEC2Config();
        if (settings.ServiceUrl is not null)
        {
            // As in our protocol clients: with an endpoint override the region only signs.
            config.ServiceURL = settings.ServiceUrl;
            config.AuthenticationRegion = settings.Region
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

        return settings.Credentials is { } credentials ? new AmazonEC2Client(credentials, config) : new AmazonEC2Client(config);
    }
}
