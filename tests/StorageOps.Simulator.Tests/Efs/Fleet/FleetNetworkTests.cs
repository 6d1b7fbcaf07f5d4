using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Fleet;

namespace StorageOps.Simulator.Tests.Efs.Fleet;

public sealed class FleetNetworkTests
{
    private static readonly AccountRegion Scope = new("111122223333", "ap-southeast-2");

    [Fact]
    public void VpcsIn_WhenDefaultFleet_ShouldGiveEveryRegionADefaultVpcWithSubnetsInThreeZones()
    {
        var network = new FleetNetwork(FleetSeed.Default, "111122223333");

        var vpc = Assert.Single(network.VpcsIn(Scope));

        Assert.True(vpc.IsDefault);
        Assert.Matches("^vpc-[0-9a-f]{17}$", vpc.VpcId);
        Assert.Equal("172.31.0.0/16", vpc.CidrBlock);
        Assert.Equal(["ap-southeast-2a", "ap-southeast-2b", "ap-southeast-2c"], vpc.Subnets.Select(subnet => subnet.AvailabilityZone));
        Assert.Equal(["172.31.0.0/20", "172.31.16.0/20", "172.31.32.0/20"], vpc.Subnets.Select(subnet => subnet.CidrBlock));
        Assert.All(vpc.Subnets, subnet => Assert.Matches("^subnet-[0-9a-f]{17}$", subnet.SubnetId));
        var group = Assert.Single(vpc.SecurityGroups);
        Assert.Equal("default", group.GroupName);
        Assert.Matches("^sg-[0-9a-f]{17}$", group.GroupId);
    }

    [Fact]
    public void VpcsIn_WhenAskedTwiceOrByAnotherInstance_ShouldGiveTheSameIds()
    {
        var first = new FleetNetwork(FleetSeed.Default, "111122223333").VpcsIn(Scope).Single();
        var second = new FleetNetwork(FleetSeed.Default, "111122223333").VpcsIn(Scope).Single();

        Assert.Equal(first.VpcId, second.VpcId);
        Assert.Equal(first.Subnets, second.Subnets);
    }

    [Fact]
    public void VpcsIn_WhenRegionsDiffer_ShouldGiveDifferentIds()
    {
        var network = new FleetNetwork(FleetSeed.Default, "111122223333");

        Assert.NotEqual(network.VpcsIn(Scope).Single().VpcId, network.VpcsIn(Scope with { Region = "us-east-1" }).Single().VpcId);
    }

    [Fact]
    public void VpcsIn_WhenSeedAddsAVpc_ShouldKeepTheDefaultVpcBesideIt()
    {
        var seeded = SeededVpc(isDefault: false);
        var network = new FleetNetwork(new FleetSeed { Vpcs = [seeded] }, "111122223333");

        var vpcs = network.VpcsIn(Scope);

        Assert.Equal(2, vpcs.Count);
        Assert.Contains(seeded, vpcs);
        Assert.Single(vpcs, vpc => vpc.IsDefault);
    }

    [Fact]
    public void VpcsIn_WhenSeedHasADefaultVpc_ShouldNotGenerateAnother()
    {
        var seeded = SeededVpc(isDefault: true);
        var network = new FleetNetwork(new FleetSeed { Vpcs = [seeded] }, "111122223333");

        Assert.Equal([seeded], network.VpcsIn(Scope));
    }

    [Fact]
    public void VpcsIn_WhenDefaultVpcsSwitchedOff_ShouldGiveOnlySeededVpcs()
    {
        var network = new FleetNetwork(new FleetSeed { DefaultVpcInEveryRegion = false }, "111122223333");

        Assert.Empty(network.VpcsIn(Scope));
    }

    [Fact]
    public void FindSubnet_WhenSeeded_ShouldResolveVpcAndRange()
    {
        var network = new FleetNetwork(new FleetSeed { Vpcs = [SeededVpc(isDefault: false)] }, "111122223333");

        var subnet = network.FindSubnet(Scope, "subnet-small");

        Assert.NotNull(subnet);
        Assert.Equal("vpc-seeded", subnet.Vpc.VpcId);
        Assert.Equal("10.0.1.0/28", subnet.Range.ToString());
        Assert.Null(network.FindSubnet(Scope with { Region = "us-east-1" }, "subnet-small"));
    }

    [Fact]
    public void Constructor_WhenSubnetOutsideItsVpc_ShouldThrow()
    {
        var broken = SeededVpc(isDefault: false) with { Subnets = [new SubnetSeed("subnet-outside", "ap-southeast-2a", "192.168.0.0/24")] };

        Assert.Throws<ArgumentException>(() => new FleetNetwork(new FleetSeed { Vpcs = [broken] }, "111122223333"));
    }

    [Theory]
    [InlineData("10.0.0.0")]
    [InlineData("10.0.0.1/24")]
    [InlineData("10.0.0.0/8")]
    [InlineData("300.0.0.0/24")]
    public void Ipv4CidrParse_WhenNotASubnetBlock_ShouldThrow(string cidr) =>
        Assert.Throws<FormatException>(() => Ipv4Cidr.Parse(cidr));

    [Fact]
    public void Ipv4Cidr_WhenSlash28_ShouldReserveFirstFourAndLastAddress()
    {
        var range = Ipv4Cidr.Parse("10.0.1.0/28");

        Assert.Equal(
            ["10.0.1.4", "10.0.1.5", "10.0.1.6", "10.0.1.7", "10.0.1.8", "10.0.1.9", "10.0.1.10", "10.0.1.11", "10.0.1.12", "10.0.1.13", "10.0.1.14"],
            range.AssignableAddresses().Select(Ipv4Cidr.FormatAddress));
    }

    private static VpcSeed SeededVpc(bool isDefault) => new()
    {
        VpcId = "vpc-seeded",
        Region = "ap-southeast-2",
        CidrBlock = "10.0.0.0/16",
        IsDefault = isDefault,
        Subnets = [new SubnetSeed("subnet-small", "ap-southeast-2a", "10.0.1.0/28")],
        SecurityGroups = [new SecurityGroupSeed("sg-seeded", "default")],
    };
}
