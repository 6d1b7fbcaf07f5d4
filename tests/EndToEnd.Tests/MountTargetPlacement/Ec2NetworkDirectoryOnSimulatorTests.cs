using Amazon.EC2;
using Amazon.Runtime;
using StorageOps.Aws;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Networking;
using StorageOps.Functions.Requests;
using StorageOps.Simulator;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Fleet;

namespace EndToEnd.Tests.MountTargetPlacement;

/// <summary>The EC2-backed directory (the official AmazonEC2Client) against the simulator's EC2, on a fleet with a second VPC.</summary>
public sealed class Ec2NetworkDirectoryOnSimulatorTests : IAsyncLifetime
{
    private const string Region = "eu-west-1";
    private const string VpcId = "vpc-0e2e0000000000001";
    private const string SubnetA = "subnet-0e2e00000000000a1";
    private const string SecondSubnetInA = "subnet-0e2e00000000000a2";
    private const string GroupId = "sg-0e2e0000000000001";

    private readonly AwsSimulator simulator = new(new SimulatorOptions
    {
        DefaultRegion = Region,
        Fleet = new FleetSeed
        {
            Vpcs =
            [
                new VpcSeed
                {
                    VpcId = VpcId,
                    Region = Region,
                    CidrBlock = "10.50.0.0/16",
                    Subnets = [new SubnetSeed(SubnetA, Region + "a", "10.50.0.0/24"), new SubnetSeed(SecondSubnetInA, Region + "a", "10.50.1.0/24")],
                    SecurityGroups = [new SecurityGroupSeed(GroupId, "nfs")],
                },
            ],
        },
    });

    private MountTargetPlacementValidator validator = null!;
    private Ec2NetworkDirectory directory = null!;

    public async Task InitializeAsync()
    {
        await simulator.StartAsync();
        var settings = new AwsClientSettings
        {
            ServiceUrl = simulator.Endpoint.ToString(),
            Credentials = new BasicAWSCredentials("local", "local"),
            MaxErrorRetry = 0,
        };
        directory = new Ec2NetworkDirectory(new RegionalClients<IAmazonEC2>(Region, region => Ec2Clients.Create(settings with { Region = region })));
        validator = new MountTargetPlacementValidator(directory);
    }

    public async Task DisposeAsync() => await simulator.DisposeAsync();

    [Fact]
    public async Task FindSubnetsAsync_WhenSomeIdsDoNotExist_ShouldReturnTheOthersWithTheirVpcZoneAndRange()
    {
        var subnets = await directory.FindSubnetsAsync([SubnetA, "subnet-0000000000000dead"], CancellationToken.None);

        Assert.Equal([new NetworkSubnet(SubnetA, VpcId, "eu-west-1a", "euw1-az1", "10.50.0.0/24")], subnets);
    }

    [Fact]
    public async Task FindSecurityGroupsAsync_WhenTheSeededAndTheDefaultGroupsAreAsked_ShouldReturnBothInTheirVpcs()
    {
        var defaultVpc = simulator.Efs.Network.VpcsIn(new(simulator.Efs.DefaultScope.AccountId, Region)).Single(vpc => vpc.IsDefault);

        var groups = await directory.FindSecurityGroupsAsync([GroupId, defaultVpc.SecurityGroups[0].GroupId, "sg-0000000000000dead"], CancellationToken.None);

        Assert.Equal([new NetworkSecurityGroup(defaultVpc.SecurityGroups[0].GroupId, defaultVpc.VpcId), new NetworkSecurityGroup(GroupId, VpcId)], groups);
    }

    [Fact]
    public async Task FindSubnetsAsync_WhenEc2Throttles_ShouldSurfaceAnErrorTheStateMachineRetriesAsThrottled()
    {
        await using var throttled = new AwsSimulator(new SimulatorOptions
        {
            DefaultRegion = Region,
            Faults = new FaultSettings { Rules = [new FaultRule { Service = "ec2", ThrottleRate = 1 }] },
        });
        await throttled.StartAsync();
        var settings = new AwsClientSettings { ServiceUrl = throttled.Endpoint.ToString(), Credentials = new BasicAWSCredentials("local", "local"), MaxErrorRetry = 0 };
        var throttledDirectory = new Ec2NetworkDirectory(new RegionalClients<IAmazonEC2>(Region, region => Ec2Clients.Create(settings with { Region = region })));

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => throttledDirectory.FindSubnetsAsync([SubnetA], CancellationToken.None));

        Assert.Equal("RequestLimitExceeded", error.ErrorCode);
        Assert.Equal(ErrorNames.Throttled, LambdaErrorDocument.From(error).ErrorType);
    }

    [Fact]
    public async Task ValidateAsync_WhenTwoSeededSubnetsShareAZone_ShouldFailNamingBoth()
    {
        var error = await Assert.ThrowsAsync<InvalidNetworkException>(() => validator.ValidateAsync(
            new ValidateMountTargetPlacementInput { MountTargets = [new MountTargetRequest { SubnetId = SubnetA }, new MountTargetRequest { SubnetId = SecondSubnetInA }] },
            CancellationToken.None));

        Assert.Contains($"{SubnetA} and {SecondSubnetInA} are all in Availability Zone eu-west-1a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_WhenASubnetOfTheDefaultVpcIsMixedIn_ShouldFailNamingBothVpcs()
    {
        var defaultSubnetInB = simulator.Efs.Network.VpcsIn(new(simulator.Efs.DefaultScope.AccountId, Region)).Single(vpc => vpc.IsDefault).Subnets[1];

        var error = await Assert.ThrowsAsync<InvalidNetworkException>(() => validator.ValidateAsync(
            new ValidateMountTargetPlacementInput
            {
                MountTargets = [new MountTargetRequest { SubnetId = SubnetA, SecurityGroups = [GroupId] }, new MountTargetRequest { SubnetId = defaultSubnetInB.SubnetId }],
            },
            CancellationToken.None));

        Assert.Contains($"{SubnetA} in {VpcId}", error.Message, StringComparison.Ordinal);
        Assert.Contains("all mount targets of a file system must be in one VPC", error.Message, StringComparison.Ordinal);
    }
}
