using System.Text.Json.Nodes;
using StorageOps.Local.Queues;
using StorageOps.Local.Runner;
using StorageOps.Simulator.Fleet;
using StorageOps.Simulator.StepFunctions;
using StorageOps.Testing;

namespace EndToEnd.Tests.Requests;

/// <summary>
/// Each action's request message through the template's requests queue and RouteRequests to its own state machine,
/// acting on a file system a provisioning message made first — as `storageops send requests` runs them.
/// </summary>
public sealed class EveryActionThroughSqsTests
{
    private static readonly VpcSeed HomeVpc = DefaultVpc.For(SimulatedFileSystems.Home);

    [Fact]
    public async Task Send_WhenAReplicateMessageNamesAProvisionedFileSystem_ShouldEnableReplicationToTheRequestedRegion()
    {
        await using var environment = await StartAsync();
        var fileSystemId = await ProvisionAsync(environment, "req-sqs-replicate-source");

        var execution = await SendAsync(environment, $$"""{"action":"replicate-file-system","requestId":"req-sqs-replicate","fileSystemId":"{{fileSystemId}}","destination":{"region":"us-west-2"},"timeoutSeconds":3600}""");

        AssertSucceeded(environment, execution, "replicate-file-system");
        var replication = Assert.Single(environment.Simulator.Efs.PeekReplicationConfigurations());
        var destination = Assert.Single(replication.Destinations);
        Assert.Equal((fileSystemId, "ENABLED", "us-west-2"), (replication.SourceFileSystemId, destination.Status, destination.Region));
        Assert.Equal(destination.FileSystemId, (string?)Output(execution)["destination"]!["fileSystemId"]);
    }

    [Fact]
    public async Task Send_WhenAnUpdateMessageNamesAProvisionedFileSystem_ShouldApplyTheThroughputAndTagChanges()
    {
        await using var environment = await StartAsync();
        var fileSystemId = await ProvisionAsync(environment, "req-sqs-update-source");

        var execution = await SendAsync(environment, $$"""{"action":"update-file-system","requestId":"req-sqs-update","fileSystemId":"{{fileSystemId}}","throughputMode":"provisioned","provisionedThroughputInMibps":256,"tags":{"tier":"gold"},"removeTagKeys":["team"],"timeoutSeconds":900}""");

        AssertSucceeded(environment, execution, "update-file-system");
        var fileSystem = SimulatedFileSystems.Find(environment, SimulatedFileSystems.Home, fileSystemId);
        Assert.Equal(("provisioned", 256.0), (fileSystem.ThroughputMode, fileSystem.ProvisionedThroughputInMibps));
        Assert.Contains(fileSystem.Tags, tag => tag is { Key: "tier", Value: "gold" });
        Assert.DoesNotContain(fileSystem.Tags, tag => tag.Key == "team");
    }

    [Fact]
    public async Task Send_WhenATeardownMessageNamesAProvisionedFileSystem_ShouldDeleteItsMountTargetsAndTheFileSystem()
    {
        await using var environment = await StartAsync();
        var fileSystemId = await ProvisionAsync(environment, "req-sqs-teardown-source");
        Assert.Equal(2, environment.Simulator.Efs.DescribeMountTargets(SimulatedFileSystems.Home, new() { FileSystemId = fileSystemId }).MountTargets.Count);

        var execution = await SendAsync(environment, $$"""{"action":"teardown-file-system","requestId":"req-sqs-teardown","fileSystemId":"{{fileSystemId}}","timeoutSeconds":1800}""");

        AssertSucceeded(environment, execution, "teardown-file-system");
        Assert.Empty(environment.Simulator.Efs.PeekFileSystems());
        Assert.Equal(2, Output(execution)["deletedMountTargetIds"]!.AsArray().Count);
        Assert.Equal("deleted", (string?)Output(execution)["lifeCycleState"]);
    }

    private static Task<LocalEnvironment> StartAsync() =>
        LocalEnvironment.StartAsync(new LocalEnvironmentOptions { TemplatePath = RepositoryPaths.Combine("template.yaml") });

    /// <summary>A file system with two mount targets in the default VPC, made by a provisioning message.</summary>
    private static async Task<string> ProvisionAsync(LocalEnvironment environment, string requestId)
    {
        var mountTargets = string.Join(",", HomeVpc.Subnets.Take(2).Select(subnet => $$"""{"subnetId":"{{subnet.SubnetId}}","securityGroups":["{{HomeVpc.SecurityGroups[0].GroupId}}"]}"""));
        var execution = await SendAsync(environment, $$"""{"action":"provision-file-system","requestId":"{{requestId}}","throughputMode":"elastic","encrypted":true,"tags":{"Name":"analytics","team":"analytics"},"mountTargets":[{{mountTargets}}]}""");
        AssertSucceeded(environment, execution, "provision-file-system");
        return (string)Output(execution)["fileSystemId"]!;
    }

    private static async Task<ExecutionRecord> SendAsync(LocalEnvironment environment, string body)
    {
        var sent = Assert.Single(await LocalRequestDelivery.SendAsync(environment, environment.Sqs.Find("requests")!, [body], CancellationToken.None));
        Assert.False(sent.DeadLettered, sent.Rejection);
        return sent.Execution!;
    }

    private static void AssertSucceeded(LocalEnvironment environment, ExecutionRecord execution, string workflow)
    {
        Assert.True(execution.Status == ExecutionStatuses.Succeeded, $"{execution.Outcome?.Error}: {execution.Outcome?.Cause}");
        Assert.Equal(environment.Wiring.Workflow(workflow).StateMachineArn, execution.StateMachine.StateMachineArn);
    }

    private static JsonObject Output(ExecutionRecord execution) => JsonNode.Parse(execution.Outcome!.Output!)!.AsObject();
}
