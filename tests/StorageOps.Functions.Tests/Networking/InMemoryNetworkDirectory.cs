using StorageOps.Functions.Networking;

namespace StorageOps.Functions.Tests.Networking;

/// <summary>A network of two VPCs held in memory, recording which ids each lookup asked for.</summary>
internal sealed class InMemoryNetworkDirectory : INetworkDirectory
{
    public const string MainVpc = "vpc-0000000000000aaaa";
    public const string OtherVpc = "vpc-0000000000000bbbb";
    public const string SubnetA = "subnet-000000000000000a1";
    public const string SubnetB = "subnet-000000000000000b1";
    public const string SubnetC = "subnet-000000000000000c1";
    public const string SecondSubnetInA = "subnet-000000000000000a2";
    public const string OtherVpcSubnetB = "subnet-000000000000000b9";
    public const string MainGroup = "sg-00000000000000001";
    public const string SecondMainGroup = "sg-00000000000000002";
    public const string OtherVpcGroup = "sg-00000000000000009";

    private readonly List<NetworkSubnet> subnets =
    [
        new(SubnetA, MainVpc, "us-east-1a", "use1-az1", "10.0.0.0/24"),
        new(SubnetB, MainVpc, "us-east-1b", "use1-az2", "10.0.1.0/24"),
        new(SubnetC, MainVpc, "us-east-1c", "use1-az3", "10.0.2.0/24"),
        new(SecondSubnetInA, MainVpc, "us-east-1a", "use1-az1", "10.0.3.0/24"),
        new(OtherVpcSubnetB, OtherVpc, "us-east-1b", "use1-az2", "10.9.1.0/24"),
    ];

    private readonly List<NetworkSecurityGroup> groups =
    [
        new(MainGroup, MainVpc),
        new(SecondMainGroup, MainVpc),
        new(OtherVpcGroup, OtherVpc),
    ];

    public List<string> Lookups { get; } = [];

    public Task<IReadOnlyList<NetworkSubnet>> FindSubnetsAsync(IReadOnlyCollection<string> subnetIds, CancellationToken cancellationToken)
    {
        Lookups.Add("subnets:" + string.Join(",", subnetIds));
        return Task.FromResult<IReadOnlyList<NetworkSubnet>>([.. subnets.Where(subnet => subnetIds.Contains(subnet.SubnetId))]);
    }

    public Task<IReadOnlyList<NetworkSecurityGroup>> FindSecurityGroupsAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken)
    {
        Lookups.Add("groups:" + string.Join(",", groupIds));
        return Task.FromResult<IReadOnlyList<NetworkSecurityGroup>>([.. groups.Where(group => groupIds.Contains(group.GroupId))]);
    }
}
