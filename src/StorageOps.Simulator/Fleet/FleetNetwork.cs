using StorageOps.Simulator.Accounts;

namespace StorageOps.Simulator.Fleet;

/// <summary>
/// Looks up the VPCs, subnets and security groups of a <see cref="FleetSeed"/> per account and region.
/// Immutable: seeded networks never change, so lookups need no lock.
/// </summary>
public sealed class FleetNetwork
{
    private readonly FleetSeed seed;
    private readonly string defaultAccountId;
    private readonly IReadOnlyList<VpcSeed> seededVpcs;

    public FleetNetwork(FleetSeed seed, string defaultAccountId)
    {
        ArgumentNullException.ThrowIfNull(seed);
        this.seed = seed;
        this.defaultAccountId = defaultAccountId;
        foreach (var vpc in seed.Vpcs)
        {
            Validate(vpc);
        }

        seededVpcs = [.. seed.Vpcs.Select(WithDefaultSecurityGroup)];
    }

    /// <summary>The VPCs of <paramref name="scope"/>: the seeded ones, plus the generated default VPC when none is seeded as default.</summary>
    public IReadOnlyList<VpcSeed> VpcsIn(AccountRegion scope)
    {
        var seeded = seededVpcs.Where(vpc => vpc.Region == scope.Region && (vpc.AccountId ?? defaultAccountId) == scope.AccountId).ToList();
        if (seed.DefaultVpcInEveryRegion && !seeded.Any(vpc => vpc.IsDefault))
        {
            seeded.Insert(0, DefaultVpc.For(scope));
        }

        return seeded;
    }

    public SeededSubnet? FindSubnet(AccountRegion scope, string subnetId)
    {
        foreach (var vpc in VpcsIn(scope))
        {
            if (vpc.Subnets.FirstOrDefault(subnet => subnet.SubnetId == subnetId) is { } subnet)
            {
                return new SeededSubnet(subnet, vpc, Ipv4Cidr.Parse(subnet.CidrBlock));
            }
        }

        return null;
    }

    /// <summary>Every VPC AWS creates has a security group named <c>default</c>; a seed that lists none gets one with a stable id.</summary>
    private VpcSeed WithDefaultSecurityGroup(VpcSeed vpc)
    {
        if (vpc.SecurityGroups.Any(group => group.GroupName == DefaultVpc.DefaultSecurityGroupName))
        {
            return vpc;
        }

        var scope = new AccountRegion(vpc.AccountId ?? defaultAccountId, vpc.Region);
        var defaultGroup = new SecurityGroupSeed(DefaultVpc.StableId("sg", scope, vpc.VpcId + ":" + DefaultVpc.DefaultSecurityGroupName), DefaultVpc.DefaultSecurityGroupName);
        return vpc with { SecurityGroups = [.. vpc.SecurityGroups, defaultGroup] };
    }

    private static void Validate(VpcSeed vpc)
    {
        var vpcRange = Ipv4Cidr.Parse(vpc.CidrBlock);
        foreach (var subnet in vpc.Subnets)
        {
            var subnetRange = Ipv4Cidr.Parse(subnet.CidrBlock);
            if (!vpcRange.Contains(subnetRange.Network) || subnetRange.PrefixLength < vpcRange.PrefixLength)
            {
                throw new ArgumentException($"Subnet {subnet.SubnetId} ({subnet.CidrBlock}) is not inside VPC {vpc.VpcId} ({vpc.CidrBlock}).");
            }

            if (!subnet.AvailabilityZone.StartsWith(vpc.Region, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Subnet {subnet.SubnetId} is in {subnet.AvailabilityZone}, outside the region {vpc.Region} of VPC {vpc.VpcId}.");
            }
        }
    }
}
