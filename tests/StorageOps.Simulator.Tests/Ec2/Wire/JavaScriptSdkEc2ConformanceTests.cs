using System.Text.Json.Nodes;
using static StorageOps.Simulator.Tests.Ec2.Wire.Ec2ConformanceFleet;

namespace StorageOps.Simulator.Tests.Ec2.Wire;

/// <summary>The official AWS SDK for JavaScript v3 EC2 client (tests/conformance/simulator-ec2.mjs) against the simulator's EC2.</summary>
public sealed class JavaScriptSdkEc2ConformanceTests(Ec2ConformanceReport conformance) : IClassFixture<Ec2ConformanceReport>
{
    private readonly JsonObject report = conformance.Report;

    [Fact]
    public void DescribeSubnets_WhenSentBySdk_ShouldParseEverySubnetOfTheDefaultAndTheSeededVpc()
    {
        var subnets = report["allSubnets"]!.AsArray();
        var seeded = subnets.Single(subnet => Text(subnet!["SubnetId"]) == SubnetB)!;

        Assert.Equal(6, subnets.Count);
        Assert.Equal(VpcId, Text(seeded["VpcId"]));
        Assert.Equal("10.40.1.0/24", Text(seeded["CidrBlock"]));
        Assert.Equal("eu-central-1b", Text(seeded["AvailabilityZone"]));
        Assert.Equal("euc1-az2", Text(seeded["AvailabilityZoneId"]));
        Assert.Equal("available", Text(seeded["State"]));
        Assert.Equal(Account, Text(seeded["OwnerId"]));
        Assert.Equal($"arn:aws:ec2:{Region}:{Account}:subnet/{SubnetB}", Text(seeded["SubnetArn"]));
        Assert.Equal(250, seeded["AvailableIpAddressCount"]!.GetValue<int>());
        Assert.False(seeded["DefaultForAz"]!.GetValue<bool>());
        Assert.Matches("^[0-9a-f-]{36}$", Text(report["allSubnetsRequestId"]));
    }

    [Fact]
    public void DescribeSubnets_WhenByIdsOrFilters_ShouldSendThemAsTheQueryProtocolLists()
    {
        Assert.Equal([SubnetA, SubnetB], report["subnetsById"]!.AsArray().Select(subnet => Text(subnet!["SubnetId"])));
        Assert.Equal([SubnetB], report["subnetsByFilter"]!.AsArray().Select(id => Text(id)));
    }

    [Fact]
    public void PaginateDescribeSubnets_WhenPageSizeIsFive_ShouldFollowNextTokenToTheLastPage()
    {
        var pages = report["pages"]!.AsArray();

        Assert.Equal([5, 1], pages.Select(page => page!["count"]!.GetValue<int>()));
        Assert.Equal([true, false], pages.Select(page => page!["hasNextToken"]!.GetValue<bool>()));
    }

    [Fact]
    public void DescribeSubnets_WhenRefused_ShouldSurfaceTheEc2ErrorCodes()
    {
        AssertError(report["unknownSubnet"]!, "InvalidSubnetID.NotFound", 400, "The subnet ID 'subnet-00000000000000000' does not exist");
        AssertError(report["malformedSubnet"]!, "InvalidSubnetID.Malformed", 400, null);
        AssertError(report["unknownFilter"]!, "InvalidFilter", 400, null);
        AssertError(report["dryRun"]!, "DryRunOperation", 412, null);
    }

    [Fact]
    public void DescribeSecurityGroups_WhenSentBySdk_ShouldParseTheGroupAndTheGeneratedDefault()
    {
        var group = Assert.Single(report["securityGroups"]!.AsArray())!;

        Assert.Equal(GroupId, Text(group["GroupId"]));
        Assert.Equal("efs-clients", Text(group["GroupName"]));
        Assert.Equal(VpcId, Text(group["VpcId"]));
        Assert.Equal(Account, Text(group["OwnerId"]));
        Assert.Equal("-1", Text(group["IpPermissionsEgress"]![0]!["IpProtocol"]));
        Assert.Equal(["efs-clients", "default"], report["vpcGroupNames"]!.AsArray().Select(name => Text(name)));
        AssertError(report["unknownGroup"]!, "InvalidGroup.NotFound", 400, "The security group 'sg-00000000000000000' does not exist");
    }

    [Fact]
    public void DescribeNetworkInterfaces_WhenSentBySdk_ShouldDescribeTheMountTargetsInterface()
    {
        var eni = Assert.Single(report["networkInterfaces"]!.AsArray())!;

        Assert.Equal(conformance.MountTarget.NetworkInterfaceId, Text(eni["NetworkInterfaceId"]));
        Assert.Equal(SubnetB, Text(eni["SubnetId"]));
        Assert.Equal(VpcId, Text(eni["VpcId"]));
        Assert.Equal("10.40.1.25", Text(eni["PrivateIpAddress"]));
        Assert.Equal("in-use", Text(eni["Status"]));
        Assert.Equal("interface", Text(eni["InterfaceType"]));
        Assert.True(eni["RequesterManaged"]!.GetValue<bool>());
        Assert.Equal(GroupId, Text(eni["Groups"]![0]!["GroupId"]));
        Assert.Equal("10.40.1.25", Text(eni["PrivateIpAddresses"]![0]!["PrivateIpAddress"]));
        Assert.Contains(conformance.MountTarget.MountTargetId, Text(eni["Description"]), StringComparison.Ordinal);
        Assert.Equal([conformance.MountTarget.NetworkInterfaceId], report["networkInterfaceById"]!.AsArray().Select(id => Text(id)));
        AssertError(report["unknownNetworkInterface"]!, "InvalidNetworkInterfaceID.NotFound", 400, null);
    }

    [Fact]
    public void DescribeVpcsAndAvailabilityZones_WhenSentBySdk_ShouldParseTheSeededVpcAndTheRegionsZones()
    {
        var vpc = Assert.Single(report["vpcs"]!.AsArray())!;
        var zones = report["availabilityZones"]!.AsArray();

        Assert.Equal("10.40.0.0/16", Text(vpc["CidrBlock"]));
        Assert.False(vpc["IsDefault"]!.GetValue<bool>());
        Assert.Equal("available", Text(vpc["State"]));
        Assert.Equal(["eu-central-1a", "eu-central-1b", "eu-central-1c"], zones.Select(zone => Text(zone!["ZoneName"])));
        Assert.Equal(["euc1-az1", "euc1-az2", "euc1-az3"], zones.Select(zone => Text(zone!["ZoneId"])));
        Assert.All(zones, zone => Assert.Equal("available", Text(zone!["State"])));
    }

    private static string Text(JsonNode? node) => node!.GetValue<string>();

    private static void AssertError(JsonNode error, string code, int status, string? message)
    {
        Assert.True(error["thrown"]!.GetValue<bool>(), error.ToJsonString());
        Assert.Equal(code, Text(error["name"]));
        Assert.Equal(status, error["httpStatusCode"]!.GetValue<int>());
        Assert.Matches("^[0-9a-f-]{36}$", Text(error["requestId"]));
        if (message is not null)
        {
            Assert.Equal(message, Text(error["message"]));
        }
    }
}
