using System.Text.Json.Nodes;
using StorageOps.Local.Runner;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Fleet;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.Testing;

namespace EndToEnd.Tests.MountTargetPlacement;

/// <summary>
/// ValidateMountTargetPlacementFunction as template.yaml deploys it, invoked by a one-state machine on the local runner: its handler is
/// selected by STORAGEOPS_HANDLER and its official EC2 client reaches the simulator's EC2 over HTTP.
/// </summary>
public sealed class ValidateMountTargetPlacementOnLocalRunnerTests
{
    private const string FunctionLogicalId = "ValidateMountTargetPlacementFunction";

    [Fact]
    public async Task Invoke_WhenTheDefaultVpcsSubnetsAreRequested_ShouldReturnTheVpcAndEachSubnetsZone()
    {
        await using var environment = await StartAsync();
        var vpc = DefaultVpcOf(environment);

        var result = await InvokeAsync(environment, new JsonObject
        {
            ["mountTargets"] = new JsonArray(
                vpc.Subnets.Select((subnet, index) => (JsonNode)new JsonObject
                {
                    ["subnetId"] = subnet.SubnetId,
                    ["securityGroups"] = new JsonArray(vpc.SecurityGroups[0].GroupId),
                    ["ipAddress"] = $"172.31.{index * 16}.10",
                }).ToArray()),
        });

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal(vpc.VpcId, (string?)result.Output!["vpcId"]);
        Assert.Equal(["us-east-1a", "us-east-1b", "us-east-1c"], result.Output["mountTargets"]!.AsArray().Select(mountTarget => (string?)mountTarget!["availabilityZoneName"]));
        Assert.Equal(["use1-az1", "use1-az2", "use1-az3"], result.Output["mountTargets"]!.AsArray().Select(mountTarget => (string?)mountTarget!["availabilityZoneId"]));
        Assert.Equal(["DescribeSubnets", "DescribeSecurityGroups"], Ec2Operations(environment));
    }

    [Fact]
    public async Task Invoke_WhenASubnetAndAGroupDoNotExist_ShouldFailWithInvalidNetworkNamingBoth()
    {
        await using var environment = await StartAsync();
        var vpc = DefaultVpcOf(environment);

        var result = await InvokeAsync(environment, new JsonObject
        {
            ["mountTargets"] = new JsonArray(
                new JsonObject { ["subnetId"] = vpc.Subnets[0].SubnetId, ["securityGroups"] = new JsonArray("sg-0000000000000dead") },
                new JsonObject { ["subnetId"] = "subnet-0000000000000dead" }),
        });

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.InvalidNetwork", result.Error);
        Assert.Contains("subnet subnet-0000000000000dead does not exist", result.Cause, StringComparison.Ordinal);
        Assert.Contains("security group sg-0000000000000dead does not exist", result.Cause, StringComparison.Ordinal);
        Assert.Empty(environment.Simulator.Efs.PeekFileSystems());
    }

    [Fact]
    public async Task Invoke_WhenTheOneZoneFileSystemsZoneDiffersFromTheSubnets_ShouldFailWithInvalidNetwork()
    {
        await using var environment = await StartAsync();
        var subnetInB = DefaultVpcOf(environment).Subnets.Single(subnet => subnet.AvailabilityZone == "us-east-1b");

        var result = await InvokeAsync(environment, new JsonObject
        {
            ["availabilityZoneName"] = "us-east-1a",
            ["mountTargets"] = new JsonArray(new JsonObject { ["subnetId"] = subnetInB.SubnetId }),
        });

        Assert.Equal("StorageOps.InvalidNetwork", result.Error);
        Assert.Contains($"subnet {subnetInB.SubnetId} is in us-east-1b", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_WhenTheInputIsMalformed_ShouldFailWithValidationErrorAndMakeNoEc2Call()
    {
        await using var environment = await StartAsync();

        var result = await InvokeAsync(environment, new JsonObject { ["mountTargets"] = new JsonArray(new JsonObject { ["subnetId"] = "not-a-subnet" }) });

        Assert.Equal("StorageOps.ValidationError", result.Error);
        Assert.Empty(Ec2Operations(environment));
    }

    private static Task<LocalEnvironment> StartAsync() =>
        LocalEnvironment.StartAsync(new LocalEnvironmentOptions { TemplatePath = RepositoryPaths.Combine("template.yaml") });

    private static VpcSeed DefaultVpcOf(LocalEnvironment environment) =>
        environment.Simulator.Efs.Network.VpcsIn(new AccountRegion("123456789012", "us-east-1")).Single(vpc => vpc.IsDefault);

    private static List<string?> Ec2Operations(LocalEnvironment environment) =>
        [.. environment.Simulator.RequestLog.Snapshot().Where(request => request.Service == "ec2").Select(request => request.Operation)];

    /// <summary>Runs the template's function as a state machine's Lambda task would call it.</summary>
    private static Task<ExecutionResult> InvokeAsync(LocalEnvironment environment, JsonObject input)
    {
        var functionArn = environment.Wiring.FunctionsByName[FunctionLogicalId].FunctionArn;
        var definition = StateMachineDefinition.Parse($$"""
            {
              "StartAt": "ValidateMountTargetPlacement",
              "States": {
                "ValidateMountTargetPlacement": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": { "FunctionName": "{{functionArn}}", "Payload.$": "$" },
                  "OutputPath": "$.Payload",
                  "End": true
                }
              }
            }
            """);
        return environment.Engine.RunAsync(definition, input);
    }
}
