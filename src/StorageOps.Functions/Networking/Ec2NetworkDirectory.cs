using Amazon.EC2;
using Amazon.EC2.Model;
using StorageOps.Functions.Composition;

namespace StorageOps.Functions.Networking;

/// <summary>
/// <see cref="INetworkDirectory"/> on EC2's <c>DescribeSubnets</c> and <c>DescribeSecurityGroups</c>. The ids go in an id filter rather than
/// <c>SubnetIds</c>/<c>GroupIds</c>: EC2 then answers the ones that exist instead of failing on the first that does not, so every
/// missing id can be named at once.
/// </summary>
public sealed class Ec2NetworkDirectory : INetworkDirectory
{
    private readonly RegionalClients<IAmazonEC2> ec2;

    /// <remarks>Takes the regional clients, not a client, so a request rejected before any lookup never constructs one.</remarks>
    public Ec2NetworkDirectory(RegionalClients<IAmazonEC2> ec2)
    {
        this.ec2 = ec2;
    }

    public async Task<IReadOnlyList<NetworkSubnet>> FindSubnetsAsync(IReadOnlyCollection<string> subnetIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subnetIds);
        var found = new List<NetworkSubnet>();
        if (subnetIds.Count == 0)
        {
            return found;
        }

        string? nextToken = null;
        do
        {
            var page = await ec2.Home.DescribeSubnetsAsync(
                new DescribeSubnetsRequest { Filters = [new Filter("subnet-id", [.. subnetIds])], NextToken = nextToken },
                cancellationToken);
            found.AddRange((page.Subnets ?? []).Select(subnet => new NetworkSubnet(
                subnet.SubnetId,
                subnet.VpcId,
                subnet.AvailabilityZone,
                subnet.AvailabilityZoneId,
                subnet.CidrBlock)));
            nextToken = page.NextToken;
        }
        while (!string.IsNullOrEmpty(nextToken));

        return found;
    }

    public async Task<IReadOnlyList<NetworkSecurityGroup>> FindSecurityGroupsAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(groupIds);
        var found = new List<NetworkSecurityGroup>();
        if (groupIds.Count == 0)
        {
            return found;
        }

        string? nextToken = null;
        do
        {
            var page = await ec2.Home.DescribeSecurityGroupsAsync(
                new DescribeSecurityGroupsRequest { Filters = [new Filter("group-id", [.. groupIds])], NextToken = nextToken },
                cancellationToken);
            found.AddRange((page.SecurityGroups ?? []).Select(group => new NetworkSecurityGroup(group.GroupId, group.VpcId)));
            nextToken = page.NextToken;
        }
        while (!string.IsNullOrEmpty(nextToken));

        return found;
    }
}
