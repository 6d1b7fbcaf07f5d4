using System.Text.Json.Nodes;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Simulator.Tests.Rds.Wire;
using StorageOps.Simulator.Tests.TestSupport;
using StorageOps.Testing;

namespace StorageOps.Simulator.Tests.Ec2.Wire;

/// <summary>
/// The same aws CLI calls against moto_server and the simulator, on the default VPC both give every region: the same members (every
/// member moto returns, we return too), the same values where both model the same thing, and the same error codes. Deliberate
/// differences:
/// <list type="bullet">
/// <item>ids and Availability Zone ids differ (moto maps zone names to ids as one real account does; the simulator maps them in order);</item>
/// <item>the mount target's network interface: moto leaves it <c>available</c>, unmanaged and without a description; EFS's are
/// <c>in-use</c>, requester-managed and described as the mount target's (as the simulator answers); <c>RequesterId</c> is moto's only;</item>
/// <item>moto answers a malformed id as not found; EC2 answers <c>InvalidSubnetID.Malformed</c> / <c>InvalidGroupId.Malformed</c>, as the simulator does.</item>
/// </list>
/// </summary>
public sealed class MotoEc2DifferentialTests(MotoServer moto) : IClassFixture<MotoServer>, IAsyncLifetime
{
    private const string Region = "us-east-1";

    private AwsSimulator simulator = null!;

    public async Task InitializeAsync()
    {
        await moto.ResetAsync();
        simulator = new AwsSimulator(new SimulatorOptions
        {
            TimeProvider = new ManualTimeProvider(),
            FileSystemCreation = LifecycleTransition.AfterSeconds(0),
        });
        await simulator.StartAsync();
    }

    public async Task DisposeAsync() => await simulator.DisposeAsync();

    private IEnumerable<Uri> Endpoints => [moto.Endpoint, simulator.Endpoint];

    [Fact]
    public async Task DescribeSubnets_WhenTheDefaultSubnetOfAZoneIsAsked_ShouldMatchMotosMembersAndValues()
    {
        var (motoOutput, ours) = await BothAsync("ec2", "describe-subnets", "--filters", "Name=availability-zone,Values=us-east-1a", "Name=default-for-az,Values=true");

        var motoSubnet = Assert.Single(motoOutput["Subnets"]!.AsArray())!.AsObject();
        var ourSubnet = Assert.Single(ours["Subnets"]!.AsArray())!.AsObject();
        AssertHasEveryMember(motoSubnet, ourSubnet);
        foreach (var member in new[] { "CidrBlock", "AvailabilityZone", "AvailableIpAddressCount", "DefaultForAz", "MapPublicIpOnLaunch", "State", "OwnerId", "Ipv6Native", "PrivateDnsNameOptionsOnLaunch" })
        {
            Assert.Equal(motoSubnet[member]!.ToJsonString(), ourSubnet[member]!.ToJsonString());
        }
    }

    [Fact]
    public async Task DescribeSecurityGroups_WhenTheDefaultGroupIsAsked_ShouldMatchMotosMembersAndValues()
    {
        var (motoOutput, ours) = await BothAsync("ec2", "describe-security-groups", "--filters", "Name=group-name,Values=default");

        var motoGroup = Assert.Single(motoOutput["SecurityGroups"]!.AsArray())!.AsObject();
        var ourGroup = Assert.Single(ours["SecurityGroups"]!.AsArray())!.AsObject();
        AssertHasEveryMember(motoGroup, ourGroup);
        foreach (var member in new[] { "GroupName", "Description", "OwnerId", "IpPermissions", "IpPermissionsEgress", "Tags" })
        {
            Assert.Equal(motoGroup[member]!.ToJsonString(), ourGroup[member]!.ToJsonString());
        }
    }

    [Fact]
    public async Task DescribeVpcs_WhenTheDefaultVpcIsAsked_ShouldMatchMotosMembersAndValues()
    {
        var (motoOutput, ours) = await BothAsync("ec2", "describe-vpcs", "--filters", "Name=is-default,Values=true");

        var motoVpc = Assert.Single(motoOutput["Vpcs"]!.AsArray())!.AsObject();
        var ourVpc = Assert.Single(ours["Vpcs"]!.AsArray())!.AsObject();
        AssertHasEveryMember(motoVpc, ourVpc);
        Assert.Equal("172.31.0.0/16", (string?)ourVpc["CidrBlock"]);
        Assert.Equal(motoVpc["CidrBlockAssociationSet"]![0]!["CidrBlockState"]!.ToJsonString(), ourVpc["CidrBlockAssociationSet"]![0]!["CidrBlockState"]!.ToJsonString());
    }

    [Fact]
    public async Task DescribeNetworkInterfaces_WhenEfsCreatedAMountTarget_ShouldDescribeItsInterfaceWithMotosMembers()
    {
        var interfaces = new List<JsonObject>();
        foreach (var endpoint in Endpoints)
        {
            var subnetId = (string?)(await AwsCliRunner.RunJsonAsync(endpoint, Region, "ec2", "describe-subnets", "--filters", "Name=availability-zone,Values=us-east-1a", "Name=default-for-az,Values=true"))["Subnets"]![0]!["SubnetId"];
            var fileSystemId = (string?)(await AwsCliRunner.RunJsonAsync(endpoint, Region, "efs", "create-file-system", "--creation-token", "differential"))["FileSystemId"];
            await AwsCliRunner.RunJsonAsync(endpoint, Region, "efs", "create-mount-target", "--file-system-id", fileSystemId!, "--subnet-id", subnetId!, "--ip-address", "172.31.0.20");
            interfaces.Add(Assert.Single((await AwsCliRunner.RunJsonAsync(endpoint, Region, "ec2", "describe-network-interfaces"))["NetworkInterfaces"]!.AsArray())!.AsObject());
        }

        var (motoInterface, ourInterface) = (interfaces[0], interfaces[1]);
        motoInterface.Remove("RequesterId");
        AssertHasEveryMember(motoInterface, ourInterface);
        foreach (var member in new[] { "AvailabilityZone", "PrivateIpAddress", "PrivateDnsName", "PrivateIpAddresses", "InterfaceType", "SourceDestCheck", "OwnerId" })
        {
            Assert.Equal(motoInterface[member]!.ToJsonString(), ourInterface[member]!.ToJsonString());
        }

        Assert.Equal(motoInterface["Groups"]![0]!["GroupName"]!.ToJsonString(), ourInterface["Groups"]![0]!["GroupName"]!.ToJsonString());
    }

    [Theory]
    [InlineData("describe-subnets", "--subnet-ids", "subnet-00000000000000000", "InvalidSubnetID.NotFound")]
    [InlineData("describe-security-groups", "--group-ids", "sg-00000000000000000", "InvalidGroup.NotFound")]
    [InlineData("describe-network-interfaces", "--network-interface-ids", "eni-00000000000000000", "InvalidNetworkInterfaceID.NotFound")]
    [InlineData("describe-vpcs", "--vpc-ids", "vpc-00000000000000000", "InvalidVpcID.NotFound")]
    public async Task Describe_WhenTheIdDoesNotExist_ShouldFailWithMotosErrorCode(string operation, string option, string id, string expectedCode)
    {
        var codes = new List<string>();
        foreach (var endpoint in Endpoints)
        {
            codes.Add(await AwsCliRunner.RunFailingAsync(endpoint, Region, "ec2", operation, option, id));
        }

        Assert.Equal([expectedCode, expectedCode], codes);
    }

    private static void AssertHasEveryMember(JsonObject moto, JsonObject ours) =>
        Assert.Empty(moto.Select(member => member.Key).Except(ours.Select(member => member.Key), StringComparer.Ordinal));

    private async Task<(JsonObject Moto, JsonObject Ours)> BothAsync(params string[] arguments) =>
        (await AwsCliRunner.RunJsonAsync(moto.Endpoint, Region, arguments), await AwsCliRunner.RunJsonAsync(simulator.Endpoint, Region, arguments));
}
