using StorageOps.Functions.Errors;
using StorageOps.Functions.Networking;
using StorageOps.Functions.Requests;
using static StorageOps.Functions.Tests.Networking.InMemoryNetworkDirectory;

namespace StorageOps.Functions.Tests.Networking;

public sealed class MountTargetPlacementValidatorTests
{
    private readonly InMemoryNetworkDirectory directory = new();
    private readonly MountTargetPlacementValidator validator;

    public MountTargetPlacementValidatorTests()
    {
        validator = new MountTargetPlacementValidator(directory);
    }

    [Fact]
    public async Task ValidateAsync_WhenOneSubnetPerZoneInOneVpc_ShouldReturnTheVpcAndEachZoneInRequestOrder()
    {
        var placement = await ValidateAsync(
            null,
            new MountTargetRequest { SubnetId = SubnetC, SecurityGroups = [MainGroup, SecondMainGroup] },
            new MountTargetRequest { SubnetId = SubnetA, IpAddress = "10.0.0.10" },
            new MountTargetRequest { SubnetId = SubnetB });

        Assert.Equal(MainVpc, placement.VpcId);
        Assert.Equal(
            [new PlacedMountTarget(SubnetC, "us-east-1c", "use1-az3"), new PlacedMountTarget(SubnetA, "us-east-1a", "use1-az1"), new PlacedMountTarget(SubnetB, "us-east-1b", "use1-az2")],
            placement.MountTargets);
    }

    [Fact]
    public async Task ValidateAsync_WhenNoMountTargetsAreRequested_ShouldReturnNoVpcWithoutAnyLookup()
    {
        var placement = await validator.ValidateAsync(new ValidateMountTargetPlacementInput(), CancellationToken.None);

        Assert.Null(placement.VpcId);
        Assert.Empty(placement.MountTargets);
        Assert.Empty(directory.Lookups);
    }

    [Fact]
    public async Task ValidateAsync_WhenSubnetsDoNotExist_ShouldNameEachMissingSubnet()
    {
        var error = await Assert.ThrowsAsync<InvalidNetworkException>(() => ValidateAsync(
            null,
            new MountTargetRequest { SubnetId = SubnetA },
            new MountTargetRequest { SubnetId = "subnet-0000000000000dead" },
            new MountTargetRequest { SubnetId = "subnet-0000000000000beef" }));

        Assert.Equal(ErrorNames.InvalidNetwork, error.ErrorType);
        Assert.Equal(["subnet subnet-0000000000000dead does not exist", "subnet subnet-0000000000000beef does not exist"], error.Problems);
    }

    [Fact]
    public async Task ValidateAsync_WhenTwoSubnetsShareAZone_ShouldNameBothSubnetsAndTheZone()
    {
        var error = await Assert.ThrowsAsync<InvalidNetworkException>(() => ValidateAsync(
            null,
            new MountTargetRequest { SubnetId = SubnetA },
            new MountTargetRequest { SubnetId = SecondSubnetInA }));

        var problem = Assert.Single(error.Problems);
        Assert.Contains($"{SubnetA} and {SecondSubnetInA}", problem, StringComparison.Ordinal);
        Assert.Contains("us-east-1a", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_WhenASubnetIsInAnotherVpc_ShouldNameEverySubnetWithItsVpc()
    {
        var error = await Assert.ThrowsAsync<InvalidNetworkException>(() => ValidateAsync(
            null,
            new MountTargetRequest { SubnetId = SubnetA },
            new MountTargetRequest { SubnetId = OtherVpcSubnetB }));

        var problem = Assert.Single(error.Problems);
        Assert.Contains($"{SubnetA} in {MainVpc}", problem, StringComparison.Ordinal);
        Assert.Contains($"{OtherVpcSubnetB} in {OtherVpc}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_WhenOneZoneFileSystemHasASubnetOutsideItsZone_ShouldNameTheSubnetAndBothZones()
    {
        var error = await Assert.ThrowsAsync<InvalidNetworkException>(() => ValidateAsync("us-east-1a", new MountTargetRequest { SubnetId = SubnetB }));

        Assert.Equal(["subnet subnet-000000000000000b1 is in us-east-1b, but a One Zone file system in us-east-1a can only have a mount target in us-east-1a"], error.Problems);
    }

    [Fact]
    public async Task ValidateAsync_WhenOneZoneFileSystemHasItsZonesSubnet_ShouldPlaceIt()
    {
        var placement = await ValidateAsync("us-east-1b", new MountTargetRequest { SubnetId = SubnetB });

        Assert.Equal("us-east-1b", Assert.Single(placement.MountTargets).AvailabilityZoneName);
    }

    [Fact]
    public async Task ValidateAsync_WhenSecurityGroupsAreMissingOrInAnotherVpc_ShouldNameEachGroup()
    {
        var error = await Assert.ThrowsAsync<InvalidNetworkException>(() => ValidateAsync(
            null,
            new MountTargetRequest { SubnetId = SubnetA, SecurityGroups = [MainGroup, "sg-0000000000000dead"] },
            new MountTargetRequest { SubnetId = SubnetB, SecurityGroups = [OtherVpcGroup] }));

        Assert.Equal(
            ["security group sg-0000000000000dead does not exist", $"security group {OtherVpcGroup} is in {OtherVpc}, not in the subnets' VPC {MainVpc}"],
            error.Problems);
        Assert.Equal(["subnets:" + SubnetA + "," + SubnetB, "groups:" + MainGroup + ",sg-0000000000000dead," + OtherVpcGroup], directory.Lookups);
    }

    [Theory]
    [InlineData("10.0.1.10")]
    [InlineData("10.0.0.3")]
    [InlineData("10.0.0.255")]
    public async Task ValidateAsync_WhenTheIpAddressIsNotAssignableInItsSubnet_ShouldNameTheAddressAndTheSubnet(string ipAddress)
    {
        var error = await Assert.ThrowsAsync<InvalidNetworkException>(() => ValidateAsync(null, new MountTargetRequest { SubnetId = SubnetA, IpAddress = ipAddress }));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith($"ipAddress {ipAddress} is not an address subnet {SubnetA} (10.0.0.0/24)", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.0.0.4")]
    [InlineData("10.0.0.254")]
    public async Task ValidateAsync_WhenTheIpAddressIsAtTheEdgeOfTheAssignableRange_ShouldAcceptIt(string ipAddress)
    {
        var placement = await ValidateAsync(null, new MountTargetRequest { SubnetId = SubnetA, IpAddress = ipAddress });

        Assert.Equal(SubnetA, Assert.Single(placement.MountTargets).SubnetId);
    }

    [Fact]
    public async Task ValidateAsync_WhenInputIsMalformed_ShouldReportEveryProblemWithoutAnyLookup()
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => ValidateAsync(
            "us-east",
            new MountTargetRequest { SubnetId = "analytics", IpAddress = "10.0.0" },
            new MountTargetRequest { SubnetId = SubnetA, SecurityGroups = ["web", MainGroup, MainGroup] },
            new MountTargetRequest { SubnetId = SubnetA },
            new MountTargetRequest(),
            new MountTargetRequest { SubnetId = SubnetB, SecurityGroups = [.. Enumerable.Range(1, 6).Select(index => $"sg-0000000000000000{index}")] }));

        Assert.Equal(ErrorNames.ValidationError, error.ErrorType);
        Assert.Equal(
            [
                "availabilityZoneName: 'us-east' is not an Availability Zone name such as us-east-1a",
                "mountTargets[0].subnetId: 'analytics' must be a subnet id (subnet-...)",
                "mountTargets[0].ipAddress: '10.0.0' must be an IPv4 address such as 172.31.0.10",
                "mountTargets[1].securityGroups: 'web' must be a security group id (sg-...)",
                "mountTargets[1].securityGroups: lists a group more than once",
                "mountTargets[3].subnetId: '' must be a subnet id (subnet-...)",
                "mountTargets[4].securityGroups: 6 given, EFS allows at most 5",
                $"mountTargets: subnet {SubnetA} is listed 2 times; give each subnet once",
            ],
            error.Problems);
        Assert.Empty(directory.Lookups);
    }

    private Task<MountTargetPlacement> ValidateAsync(string? availabilityZoneName, params MountTargetRequest[] mountTargets) =>
        validator.ValidateAsync(new ValidateMountTargetPlacementInput { AvailabilityZoneName = availabilityZoneName, MountTargets = mountTargets }, CancellationToken.None);
}
