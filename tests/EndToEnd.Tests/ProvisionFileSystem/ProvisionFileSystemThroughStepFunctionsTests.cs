using System.Text.Json.Nodes;
using Amazon.Runtime;
using StorageOps.Aws;
using StorageOps.Aws.StepFunctions;
using StorageOps.Local.Runner;
using StorageOps.Simulator.Efs;
using StorageOps.Testing;

namespace EndToEnd.Tests.ProvisionFileSystem;

/// <summary>
/// The deployed path: StartExecution through our Step Functions client, over HTTP, to the simulator, which runs
/// the template's state machine on the engine with the real handlers.
/// </summary>
public sealed class ProvisionFileSystemThroughStepFunctionsTests
{
    [Fact]
    public async Task StartExecution_WhenRequestIsStartedWithItsIdAsName_ShouldSucceedWithTheFileSystem()
    {
        await using var environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions { TemplatePath = RepositoryPaths.Combine("template.yaml") });
        using var stepFunctions = new StepFunctionsClient(new AwsClientSettings
        {
            Region = "us-east-1",
            ServiceUrl = environment.Simulator.Endpoint.ToString(),
            Credentials = new BasicAWSCredentials("local", "local"),
        });
        var stateMachineArn = environment.Wiring.Workflow("provision-file-system").StateMachineArn;
        var input = await File.ReadAllTextAsync(RepositoryPaths.Combine("events", "provision-file-system.json"));

        var started = await stepFunctions.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = stateMachineArn, Name = "req-2026-11-22-analytics-shared", Input = input });
        await environment.Simulator.StepFunctions.WhenRunsCompleteAsync();
        var described = await stepFunctions.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = started.ExecutionArn! });

        Assert.Equal("SUCCEEDED", described.Status);
        var output = JsonNode.Parse(described.Output!)!;
        var fileSystem = Assert.Single(environment.Simulator.Efs.PeekFileSystems());
        Assert.Equal(fileSystem.FileSystemId, (string?)output["fileSystemId"]);
        Assert.Equal("available", (string?)output["lifeCycleState"]);
        Assert.Equal(3, output["mountTargets"]!.AsArray().Count);
        Assert.Equal("ENABLED", (string?)output["replication"]!["status"]);
        Assert.Equal(TimeSpan.FromSeconds(225), described.StopDate - described.StartDate);
    }

    [Fact]
    public async Task StartExecution_WhenTheSameRequestIsStartedThreeTimesConcurrently_ShouldRunOneExecutionAndCreateOneSetOfResources()
    {
        await using var environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions { TemplatePath = RepositoryPaths.Combine("template.yaml") });
        using var stepFunctions = new StepFunctionsClient(new AwsClientSettings
        {
            Region = "us-east-1",
            ServiceUrl = environment.Simulator.Endpoint.ToString(),
            Credentials = new BasicAWSCredentials("local", "local"),
        });
        var stateMachineArn = environment.Wiring.Workflow("provision-file-system").StateMachineArn;
        var input = await File.ReadAllTextAsync(RepositoryPaths.Combine("events", "provision-file-system.json"));

        var started = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            stepFunctions.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = stateMachineArn, Name = "req-2026-11-22-analytics-shared", Input = input })));
        await environment.Simulator.StepFunctions.WhenRunsCompleteAsync();

        var executionArn = Assert.Single(started.Select(execution => execution.ExecutionArn).Distinct());
        var described = await stepFunctions.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = executionArn! });
        Assert.Equal("SUCCEEDED", described.Status);
        var fileSystem = Assert.Single(environment.Simulator.Efs.PeekFileSystems());
        var mountTargets = environment.Simulator.Efs.DescribeMountTargets(environment.Simulator.Efs.DefaultScope, new DescribeMountTargetsRequest { FileSystemId = fileSystem.FileSystemId }).MountTargets;
        Assert.Equal(3, mountTargets.Count);
    }
}
