using System.Text.Json.Nodes;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Networking;
using static StorageOps.Functions.Tests.Networking.InMemoryNetworkDirectory;

namespace StorageOps.Functions.Tests.Networking;

public sealed class ValidateMountTargetPlacementFunctionTests
{
    private static readonly LambdaInvocation Invocation = new("inv-1", DateTimeOffset.MaxValue);
    private readonly InMemoryNetworkDirectory directory = new();

    private ValidateMountTargetPlacementFunction Function => new(new MountTargetPlacementValidator(directory));

    [Fact]
    public async Task InvokeAsync_WhenTheRequestsMountTargetsArePlaceable_ShouldReturnTheVpcAndZonesAsCamelCaseJson()
    {
        var json = await Function.InvokeAsync(
            $$"""{"mountTargets":[{"subnetId":"{{SubnetB}}","securityGroups":["{{MainGroup}}"],"ipAddress":"10.0.1.10"},{"subnetId":"{{SubnetA}}"}]}""",
            Invocation,
            CancellationToken.None);

        var result = JsonNode.Parse(json)!;
        Assert.Equal(MainVpc, (string?)result["vpcId"]);
        Assert.Equal(
            """[{"subnetId":"subnet-000000000000000b1","availabilityZoneName":"us-east-1b","availabilityZoneId":"use1-az2"},{"subnetId":"subnet-000000000000000a1","availabilityZoneName":"us-east-1a","availabilityZoneId":"use1-az1"}]""",
            result["mountTargets"]!.ToJsonString());
    }

    [Fact]
    public async Task InvokeAsync_WhenTheRequestHasNoZoneAndNoMountTargets_ShouldReturnANullVpcAndAnEmptyListWithoutAnyLookup()
    {
        var json = await Function.InvokeAsync("""{"availabilityZoneName":null,"mountTargets":[]}""", Invocation, CancellationToken.None);

        Assert.Equal("""{"vpcId":null,"mountTargets":[]}""", json);
        Assert.Empty(directory.Lookups);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheInputCarriesAnUnknownMember_ShouldFailWithValidationErrorBeforeAnyLookup()
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Function.InvokeAsync(
            $$"""{"mountTargets":[{"subnetId":"{{SubnetA}}","securityGroup":"{{MainGroup}}"}]}""",
            Invocation,
            CancellationToken.None));

        Assert.Equal(ErrorNames.ValidationError, error.ErrorType);
        Assert.Empty(directory.Lookups);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheSubnetDoesNotExist_ShouldFailWithInvalidNetwork()
    {
        var error = await Assert.ThrowsAsync<InvalidNetworkException>(() => Function.InvokeAsync(
            """{"availabilityZoneName":"us-east-1a","mountTargets":[{"subnetId":"subnet-0000000000000dead"}]}""",
            Invocation,
            CancellationToken.None));

        Assert.Equal("StorageOps.InvalidNetwork", error.ErrorType);
        Assert.Equal("subnet subnet-0000000000000dead does not exist", error.Message);
    }
}
