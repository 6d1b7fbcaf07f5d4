using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Simulator.Tests.Rds.Wire;
using StorageOps.Simulator.Tests.TestSupport;
using static StorageOps.Simulator.Tests.Ec2.Wire.Ec2ConformanceFleet;

namespace StorageOps.Simulator.Tests.Ec2.Wire;

/// <summary>The aws CLI (v1) pointed at the simulator's EC2 with --endpoint-url, as a user checking a request's subnets would.</summary>
public sealed class AwsCliEc2Tests : IAsyncLifetime
{
    private AwsSimulator simulator = null!;

    public async Task InitializeAsync()
    {
        simulator = new AwsSimulator(new SimulatorOptions
        {
            TimeProvider = new ManualTimeProvider(),
            AccountId = Account,
            Fleet = Seed,
            FileSystemCreation = LifecycleTransition.AfterSeconds(0),
        });
        await simulator.StartAsync();
    }

    public async Task DisposeAsync() => await simulator.DisposeAsync();

    [Fact]
    public async Task DescribeSubnets_WhenRunByAwsCliWithIds_ShouldPrintBothSeededSubnets()
    {
        var output = await AwsCliRunner.RunJsonAsync(simulator.Endpoint, Region, "ec2", "describe-subnets", "--subnet-ids", SubnetA, SubnetB);

        var subnets = output["Subnets"]!.AsArray();
        Assert.Equal([SubnetA, SubnetB], subnets.Select(subnet => subnet!["SubnetId"]!.GetValue<string>()));
        Assert.Equal(["eu-central-1a", "eu-central-1b"], subnets.Select(subnet => subnet!["AvailabilityZone"]!.GetValue<string>()));
        Assert.All(subnets, subnet => Assert.Equal(VpcId, subnet!["VpcId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task DescribeSubnets_WhenRunByAwsCliWithFilters_ShouldPrintOnlyTheDefaultVpcsSubnets()
    {
        var output = await AwsCliRunner.RunJsonAsync(simulator.Endpoint, Region, "ec2", "describe-subnets", "--filters", "Name=default-for-az,Values=true");

        Assert.Equal(3, output["Subnets"]!.AsArray().Count);
        Assert.All(output["Subnets"]!.AsArray(), subnet => Assert.StartsWith("172.31.", subnet!["CidrBlock"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task DescribeSubnets_WhenTheCliPagesByFive_ShouldFollowNextTokenToEverySubnet()
    {
        var output = await AwsCliRunner.RunJsonAsync(simulator.Endpoint, Region, "ec2", "describe-subnets", "--page-size", "5");

        Assert.Equal(6, output["Subnets"]!.AsArray().Select(subnet => subnet!["SubnetId"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public async Task DescribeSubnets_WhenTheSubnetDoesNotExist_ShouldMakeTheCliReportInvalidSubnetIdNotFound()
    {
        var code = await AwsCliRunner.RunFailingAsync(simulator.Endpoint, Region, "ec2", "describe-subnets", "--subnet-ids", "subnet-00000000000000000");

        Assert.Equal("InvalidSubnetID.NotFound", code);
    }

    [Fact]
    public async Task DescribeSecurityGroups_WhenTheGroupDoesNotExist_ShouldMakeTheCliReportInvalidGroupNotFound()
    {
        var found = await AwsCliRunner.RunJsonAsync(simulator.Endpoint, Region, "ec2", "describe-security-groups", "--group-ids", GroupId);
        var code = await AwsCliRunner.RunFailingAsync(simulator.Endpoint, Region, "ec2", "describe-security-groups", "--group-ids", "sg-00000000000000000");

        Assert.Equal(VpcId, found["SecurityGroups"]![0]!["VpcId"]!.GetValue<string>());
        Assert.Equal("InvalidGroup.NotFound", code);
    }

    [Fact]
    public async Task DescribeNetworkInterfaces_WhenAMountTargetExists_ShouldPrintItsInterface()
    {
        var scope = new AccountRegion(Account, Region);
        var fileSystem = simulator.Efs.CreateFileSystem(scope, new CreateFileSystemRequest { CreationToken = "cli-eni" });
        var mountTarget = simulator.Efs.CreateMountTarget(scope, new CreateMountTargetRequest { FileSystemId = fileSystem.FileSystemId, SubnetId = SubnetA });

        var output = await AwsCliRunner.RunJsonAsync(simulator.Endpoint, Region, "ec2", "describe-network-interfaces", "--filters", $"Name=vpc-id,Values={VpcId}");

        var eni = Assert.Single(output["NetworkInterfaces"]!.AsArray())!;
        Assert.Equal(mountTarget.NetworkInterfaceId, eni["NetworkInterfaceId"]!.GetValue<string>());
        Assert.Equal(mountTarget.IpAddress, eni["PrivateIpAddress"]!.GetValue<string>());
        Assert.Equal("default", eni["Groups"]![0]!["GroupName"]!.GetValue<string>());
    }
}
