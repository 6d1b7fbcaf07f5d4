using StorageOps.Simulator.Ec2;
using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Fleet;
using StorageOps.Simulator.Tests.TestSupport;
using static StorageOps.Simulator.Tests.TestSupport.EfsBackendScenario;

namespace StorageOps.Simulator.Tests.Ec2;

public sealed class Ec2BackendTests
{
    private const string AnalyticsVpcId = "vpc-0a1b2c3d4e5f60001";
    private const string AnalyticsSubnetA = "subnet-0a1b2c3d4e5f6000a";
    private const string AnalyticsSubnetB = "subnet-0a1b2c3d4e5f6000b";
    private const string AnalyticsGroupId = "sg-0a1b2c3d4e5f60001";

    private static readonly FleetSeed Fleet = new()
    {
        Vpcs =
        [
            new VpcSeed
            {
                VpcId = AnalyticsVpcId,
                Region = Region,
                CidrBlock = "10.20.0.0/16",
                Subnets =
                [
                    new SubnetSeed(AnalyticsSubnetA, Region + "a", "10.20.0.0/24"),
                    new SubnetSeed(AnalyticsSubnetB, Region + "b", "10.20.1.0/24"),
                ],
                SecurityGroups = [new SecurityGroupSeed(AnalyticsGroupId, "analytics-nfs")],
            },
        ],
    };

    private readonly EfsBackendScenario scenario = new(options => options with { Fleet = Fleet });

    private readonly Ec2Backend ec2;

    public Ec2BackendTests()
    {
        ec2 = new Ec2Backend(scenario.Backend.Network, scenario.Backend);
    }

    [Fact]
    public void DescribeSubnets_WhenNoIdsOrFilters_ShouldListTheDefaultVpcAndTheSeededSubnets()
    {
        var page = ec2.DescribeSubnets(scenario.Scope, new Ec2DescribeRequest());

        Assert.Equal(5, page.Items.Count);
        Assert.Null(page.NextToken);
        var seeded = page.Items.Single(subnet => subnet.SubnetId == AnalyticsSubnetB);
        Assert.Equal(AnalyticsVpcId, seeded.VpcId);
        Assert.Equal("eu-west-1b", seeded.AvailabilityZone);
        Assert.Equal("euw1-az2", seeded.AvailabilityZoneId);
        Assert.Equal("10.20.1.0/24", seeded.CidrBlock);
        Assert.Equal(251, seeded.AvailableIpAddressCount);
        Assert.False(seeded.DefaultForAz);
        Assert.Equal($"arn:aws:ec2:{Region}:{AccountId}:subnet/{AnalyticsSubnetB}", seeded.SubnetArn);
        Assert.All(page.Items.Where(subnet => subnet.VpcId == scenario.DefaultVpc.VpcId), subnet => Assert.True(subnet.DefaultForAz));
    }

    [Fact]
    public void DescribeSubnets_WhenFilteredByVpcAndZoneWildcard_ShouldReturnOnlyMatchingSubnets()
    {
        var page = ec2.DescribeSubnets(scenario.Scope, new Ec2DescribeRequest
        {
            Filters = [new Ec2Filter("vpc-id", [AnalyticsVpcId]), new Ec2Filter("availability-zone", ["eu-west-1a", "eu-west-1c"])],
        });
        var wildcard = ec2.DescribeSubnets(scenario.Scope, new Ec2DescribeRequest { Filters = [new Ec2Filter("cidr-block", ["10.20.*"])] });

        Assert.Equal([AnalyticsSubnetA], page.Items.Select(subnet => subnet.SubnetId));
        Assert.Equal([AnalyticsSubnetA, AnalyticsSubnetB], wildcard.Items.Select(subnet => subnet.SubnetId));
    }

    [Fact]
    public void DescribeSubnets_WhenAnIdDoesNotExist_ShouldFailWithInvalidSubnetIdNotFound()
    {
        var error = Assert.Throws<Ec2Exception>(() => ec2.DescribeSubnets(scenario.Scope, new Ec2DescribeRequest { Ids = [AnalyticsSubnetA, "subnet-00000000000000000"] }));

        Assert.Equal("InvalidSubnetID.NotFound", error.ErrorCode);
        Assert.Equal("The subnet ID 'subnet-00000000000000000' does not exist", error.Message);
        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public void DescribeSubnets_WhenAnIdIsMalformed_ShouldFailWithInvalidSubnetIdMalformed()
    {
        var error = Assert.Throws<Ec2Exception>(() => ec2.DescribeSubnets(scenario.Scope, new Ec2DescribeRequest { Ids = ["analytics"] }));

        Assert.Equal("InvalidSubnetID.Malformed", error.ErrorCode);
    }

    [Fact]
    public void DescribeSubnets_WhenFilteredBySubnetIdThatDoesNotExist_ShouldReturnNothingRatherThanFail()
    {
        var page = ec2.DescribeSubnets(scenario.Scope, new Ec2DescribeRequest { Filters = [new Ec2Filter("subnet-id", ["subnet-00000000000000000"])] });

        Assert.Empty(page.Items);
    }

    [Fact]
    public void DescribeSubnets_WhenFilterNameIsUnknown_ShouldFailWithInvalidFilter()
    {
        var error = Assert.Throws<Ec2Exception>(() => ec2.DescribeSubnets(scenario.Scope, new Ec2DescribeRequest { Filters = [new Ec2Filter("colour", ["blue"])] }));

        Assert.Equal("InvalidFilter", error.ErrorCode);
    }

    [Fact]
    public void DescribeSubnets_WhenPagedByFive_ShouldReturnEverySubnetOnceAcrossPages()
    {
        var first = ec2.DescribeSubnets(scenario.Scope, new Ec2DescribeRequest { MaxResults = 5 });
        var allAtOnce = ec2.DescribeSubnets(scenario.Scope, new Ec2DescribeRequest()).Items.Select(subnet => subnet.SubnetId).ToList();
        var pages = new List<string>();
        string? token = null;
        do
        {
            var page = ec2.DescribeSubnets(scenario.Scope, new Ec2DescribeRequest { MaxResults = 5, NextToken = token, Filters = [new Ec2Filter("state", ["available"])] });
            pages.AddRange(page.Items.Select(subnet => subnet.SubnetId));
            token = page.NextToken;
        }
        while (token is not null);

        Assert.Null(first.NextToken);
        Assert.Equal(allAtOnce, pages);
    }

    [Fact]
    public void DescribeSubnets_WhenMaxResultsIsOutOfRangeOrCombinedWithIds_ShouldFail()
    {
        var tooSmall = Assert.Throws<Ec2Exception>(() => ec2.DescribeSubnets(scenario.Scope, new Ec2DescribeRequest { MaxResults = 4 }));
        var combined = Assert.Throws<Ec2Exception>(() => ec2.DescribeSubnets(scenario.Scope, new Ec2DescribeRequest { MaxResults = 5, Ids = [AnalyticsSubnetA] }));
        var badToken = Assert.Throws<Ec2Exception>(() => ec2.DescribeSubnets(scenario.Scope, new Ec2DescribeRequest { NextToken = "not-ours" }));

        Assert.Equal("InvalidParameterValue", tooSmall.ErrorCode);
        Assert.Equal("InvalidParameterCombination", combined.ErrorCode);
        Assert.Equal("InvalidPaginationToken", badToken.ErrorCode);
    }

    [Fact]
    public void DescribeSecurityGroups_WhenSeededVpcListsNoDefaultGroup_ShouldAlsoDescribeAGeneratedDefaultGroup()
    {
        var page = ec2.DescribeSecurityGroups(scenario.Scope, new Ec2DescribeRequest { Filters = [new Ec2Filter("vpc-id", [AnalyticsVpcId])] });

        Assert.Equal(["analytics-nfs", "default"], page.Items.Select(group => group.GroupName));
        Assert.All(page.Items, group => Assert.Equal(AnalyticsVpcId, group.VpcId));
        Assert.Matches("^sg-[0-9a-f]{17}$", page.Items[1].GroupId);
        var afterRestart = new FleetNetwork(Fleet, AccountId).VpcsIn(scenario.Scope).Single(vpc => vpc.VpcId == AnalyticsVpcId);
        Assert.Equal(page.Items[1].GroupId, afterRestart.SecurityGroups.Single(group => group.GroupName == "default").GroupId);
    }

    [Fact]
    public void DescribeSecurityGroups_WhenAnIdDoesNotExist_ShouldFailWithInvalidGroupNotFound()
    {
        var error = Assert.Throws<Ec2Exception>(() => ec2.DescribeSecurityGroups(scenario.Scope, new Ec2DescribeRequest { Ids = ["sg-00000000000000000"] }));
        var malformed = Assert.Throws<Ec2Exception>(() => ec2.DescribeSecurityGroups(scenario.Scope, new Ec2DescribeRequest { Ids = ["nfs"] }));

        Assert.Equal("InvalidGroup.NotFound", error.ErrorCode);
        Assert.Equal("The security group 'sg-00000000000000000' does not exist", error.Message);
        Assert.Equal("InvalidGroupId.Malformed", malformed.ErrorCode);
    }

    [Fact]
    public void DescribeSecurityGroups_WhenIdsGiven_ShouldReturnThemWithTheirVpc()
    {
        var page = ec2.DescribeSecurityGroups(scenario.Scope, new Ec2DescribeRequest { Ids = [AnalyticsGroupId, scenario.DefaultSecurityGroup] });

        Assert.Equal([scenario.DefaultVpc.VpcId, AnalyticsVpcId], page.Items.Select(group => group.VpcId));
    }

    [Fact]
    public void DescribeNetworkInterfaces_WhenMountTargetsExist_ShouldDescribeEachMountTargetsInterface()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("eni");
        var mountTarget = scenario.Backend.CreateMountTarget(scenario.Scope, new CreateMountTargetRequest
        {
            FileSystemId = fileSystem.FileSystemId,
            SubnetId = AnalyticsSubnetB,
            SecurityGroups = [AnalyticsGroupId],
            IpAddress = "10.20.1.10",
        });

        var all = ec2.DescribeNetworkInterfaces(scenario.Scope, new Ec2DescribeRequest());
        var byGroup = ec2.DescribeNetworkInterfaces(scenario.Scope, new Ec2DescribeRequest { Filters = [new Ec2Filter("group-id", [AnalyticsGroupId])] });
        var subnet = ec2.DescribeSubnets(scenario.Scope, new Ec2DescribeRequest { Ids = [AnalyticsSubnetB] }).Items.Single();

        var eni = Assert.Single(all.Items);
        Assert.Equal(mountTarget.NetworkInterfaceId, eni.NetworkInterfaceId);
        Assert.Equal(AnalyticsSubnetB, eni.SubnetId);
        Assert.Equal(AnalyticsVpcId, eni.VpcId);
        Assert.Equal("eu-west-1b", eni.AvailabilityZone);
        Assert.Equal("10.20.1.10", eni.PrivateIpAddress);
        Assert.Equal("ip-10-20-1-10.eu-west-1.compute.internal", eni.PrivateDnsName);
        Assert.Equal($"EFS mount target for {fileSystem.FileSystemId} ({mountTarget.MountTargetId})", eni.Description);
        Assert.Equal([(AnalyticsGroupId, "analytics-nfs")], eni.Groups);
        Assert.Matches("^[0-9a-f]{2}(:[0-9a-f]{2}){5}$", eni.MacAddress);
        Assert.Equal(eni.NetworkInterfaceId, Assert.Single(byGroup.Items).NetworkInterfaceId);
        Assert.Equal(250, subnet.AvailableIpAddressCount);
    }

    [Fact]
    public void DescribeNetworkInterfaces_WhenTheMountTargetIsDeleted_ShouldNoLongerDescribeItsInterface()
    {
        var fileSystem = scenario.CreateAvailableFileSystem("eni-gone");
        var mountTarget = scenario.CreateMountTarget(fileSystem.FileSystemId, "a");
        scenario.Clock.Advance(MountTargetCreationDelay);
        scenario.Backend.DeleteMountTarget(scenario.Scope, mountTarget.MountTargetId);
        scenario.Clock.Advance(DeletionDelay);

        var error = Assert.Throws<Ec2Exception>(() => ec2.DescribeNetworkInterfaces(scenario.Scope, new Ec2DescribeRequest { Ids = [mountTarget.NetworkInterfaceId] }));

        Assert.Equal("InvalidNetworkInterfaceID.NotFound", error.ErrorCode);
        Assert.Empty(ec2.DescribeNetworkInterfaces(scenario.Scope, new Ec2DescribeRequest()).Items);
    }

    [Fact]
    public void DescribeVpcs_WhenFilteredByIsDefault_ShouldReturnTheDefaultVpcOnly()
    {
        var page = ec2.DescribeVpcs(scenario.Scope, new Ec2DescribeRequest { Filters = [new Ec2Filter("is-default", ["true"])] });
        var missing = Assert.Throws<Ec2Exception>(() => ec2.DescribeVpcs(scenario.Scope, new Ec2DescribeRequest { Ids = ["vpc-00000000000000000"] }));

        Assert.Equal([scenario.DefaultVpc.VpcId], page.Items.Select(vpc => vpc.VpcId));
        Assert.Equal("172.31.0.0/16", page.Items[0].CidrBlock);
        Assert.Equal("InvalidVpcID.NotFound", missing.ErrorCode);
    }

    [Fact]
    public void DescribeAvailabilityZones_WhenAskedByName_ShouldMapNamesToIdsAsMountTargetsDo()
    {
        var zones = ec2.DescribeAvailabilityZones(scenario.Scope, ["eu-west-1b"], [], []);
        var all = ec2.DescribeAvailabilityZones(scenario.Scope, [], [], []);
        var unknown = Assert.Throws<Ec2Exception>(() => ec2.DescribeAvailabilityZones(scenario.Scope, ["eu-west-1z"], [], []));

        Assert.Equal([("eu-west-1b", "euw1-az2")], zones.Select(zone => (zone.ZoneName, zone.ZoneId)));
        Assert.Equal(["eu-west-1a", "eu-west-1b", "eu-west-1c"], all.Select(zone => zone.ZoneName));
        Assert.Equal("InvalidParameterValue", unknown.ErrorCode);
    }
}
