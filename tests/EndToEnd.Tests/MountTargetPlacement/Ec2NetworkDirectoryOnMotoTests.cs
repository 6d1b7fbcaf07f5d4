using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using StorageOps.Aws;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Networking;
using StorageOps.Functions.Requests;
using StorageOps.Testing;

namespace EndToEnd.Tests.MountTargetPlacement;

/// <summary>The EC2-backed validation against moto_server's default VPC: an EC2 nobody here wrote, with its own ids and zone mapping.</summary>
public sealed class Ec2NetworkDirectoryOnMotoTests(MotoServer moto) : IClassFixture<MotoServer>, IAsyncLifetime
{
    private const string Region = "us-east-1";

    private RegionalClients<IAmazonEC2> clients = null!;
    private MountTargetPlacementValidator validator = null!;

    public async Task InitializeAsync()
    {
        await moto.ResetAsync();
        var settings = new AwsClientSettings { ServiceUrl = moto.Endpoint.ToString(), Credentials = new BasicAWSCredentials("moto", "moto"), MaxErrorRetry = 0 };
        clients = new RegionalClients<IAmazonEC2>(Region, region => Ec2Clients.Create(settings with { Region = region }));
        validator = new MountTargetPlacementValidator(new Ec2NetworkDirectory(clients));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ValidateAsync_WhenMotosDefaultSubnetsOfTwoZonesAreRequested_ShouldReturnMotosVpcAndZoneIds()
    {
        var defaultSubnets = (await clients.Home.DescribeSubnetsAsync(new DescribeSubnetsRequest { Filters = [new Filter("default-for-az", ["true"])] })).Subnets;
        var (inA, inB) = (defaultSubnets.Single(subnet => subnet.AvailabilityZone == "us-east-1a"), defaultSubnets.Single(subnet => subnet.AvailabilityZone == "us-east-1b"));
        var defaultGroup = (await clients.Home.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { Filters = [new Filter("group-name", ["default"])] })).SecurityGroups.Single();

        var placement = await validator.ValidateAsync(
            new ValidateMountTargetPlacementInput
            {
                MountTargets =
                [
                    new MountTargetRequest { SubnetId = inA.SubnetId, SecurityGroups = [defaultGroup.GroupId] },
                    new MountTargetRequest { SubnetId = inB.SubnetId, IpAddress = "172.31.16.10" },
                ],
            },
            CancellationToken.None);

        Assert.Equal(inA.VpcId, placement.VpcId);
        Assert.Equal(
            [new PlacedMountTarget(inA.SubnetId, "us-east-1a", inA.AvailabilityZoneId), new PlacedMountTarget(inB.SubnetId, "us-east-1b", inB.AvailabilityZoneId)],
            placement.MountTargets);
    }

    [Fact]
    public async Task ValidateAsync_WhenTheSubnetAndGroupAreNotMotos_ShouldFailWithInvalidNetworkNamingBoth()
    {
        var inA = (await clients.Home.DescribeSubnetsAsync(new DescribeSubnetsRequest { Filters = [new Filter("availability-zone", ["us-east-1a"])] })).Subnets[0];

        var error = await Assert.ThrowsAsync<InvalidNetworkException>(() => validator.ValidateAsync(
            new ValidateMountTargetPlacementInput
            {
                MountTargets =
                [
                    new MountTargetRequest { SubnetId = inA.SubnetId, SecurityGroups = ["sg-0000000000000dead"] },
                    new MountTargetRequest { SubnetId = "subnet-0000000000000dead" },
                ],
            },
            CancellationToken.None));

        Assert.Equal(["subnet subnet-0000000000000dead does not exist", "security group sg-0000000000000dead does not exist"], error.Problems);
    }
}
