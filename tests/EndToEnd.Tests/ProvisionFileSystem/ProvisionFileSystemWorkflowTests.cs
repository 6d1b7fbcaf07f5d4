using System.Text.Json.Nodes;
using StorageOps.Local.Runner;
using StorageOps.Simulator.Lifecycle;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.Testing;

namespace EndToEnd.Tests.ProvisionFileSystem;

/// <summary>
/// provision-file-system as deployed: template.yaml's wiring, the real handlers and AWS client, over HTTP to the
/// simulator, on the States Language engine and one virtual clock.
/// </summary>
public sealed class ProvisionFileSystemWorkflowTests
{
    private const string Workflow = "provision-file-system";
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static JsonNode SampleRequest() => JsonNode.Parse(File.ReadAllText(RepositoryPaths.Combine("events", "provision-file-system.json")))!;

    private static Task<LocalEnvironment> StartAsync(LifecycleTransition? creation = null) =>
        LocalEnvironment.StartAsync(new LocalEnvironmentOptions
        {
            TemplatePath = RepositoryPaths.Combine("template.yaml"),
            Start = Start,
            FileSystemCreation = creation ?? LifecycleTransition.AfterSeconds(45),
        });

    [Fact]
    public async Task Run_WhenSampleRequestIsProvisioned_ShouldPollUntilAvailableAndReturnTheFileSystem()
    {
        await using var environment = await StartAsync();

        var result = await environment.RunAsync(Workflow, SampleRequest());

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        var fileSystem = Assert.Single(environment.Simulator.Efs.PeekFileSystems());
        Assert.Equal("available", fileSystem.LifeCycleState);
        Assert.Equal("req-2026-11-22-analytics-shared", fileSystem.CreationToken);
        Assert.Equal("elastic", fileSystem.ThroughputMode);
        Assert.True(fileSystem.Encrypted);
        Assert.Equal("analytics-shared", fileSystem.Name);
        Assert.Contains(new StorageOps.Simulator.Efs.EfsTag("storageops:managed-by", "storageops"), fileSystem.Tags);
        Assert.Equal(
            new JsonObject
            {
                ["requestId"] = "req-2026-11-22-analytics-shared",
                ["fileSystemId"] = fileSystem.FileSystemId,
                ["fileSystemArn"] = fileSystem.FileSystemArn,
                ["lifeCycleState"] = "available",
                ["alreadyExisted"] = false,
                ["mountTargets"] = new JsonArray(),
                ["mountDnsName"] = $"{fileSystem.FileSystemId}.efs.us-east-1.amazonaws.com",
            }.ToJsonString(),
            result.Output!.ToJsonString());
    }

    [Fact]
    public async Task Run_WhenFileSystemTakes45VirtualSeconds_ShouldPollEveryFiveSecondsAndFinishOnTheVirtualClock()
    {
        await using var environment = await StartAsync();

        var result = await environment.RunAsync(Workflow, SampleRequest());

        var describes = result.History
            .Where(entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "DescribeFileSystem")
            .Select(entry => (entry.Timestamp - Start).TotalSeconds)
            .ToList();
        Assert.Equal([5, 10, 15, 20, 25, 30, 35, 40, 45], describes);
        Assert.Equal(Start.AddSeconds(45), result.StopDate);
        Assert.Equal("req-2026-11-22-analytics-shared", result.Name);
        Assert.Equal(HistoryEventType.ExecutionSucceeded, result.History[^1].Type);
    }

    [Fact]
    public async Task Run_WhenTheSameRequestArrivesTwice_ShouldCreateOneFileSystem()
    {
        await using var environment = await StartAsync();

        var first = await environment.RunAsync(Workflow, SampleRequest());
        var second = await environment.RunAsync(Workflow, SampleRequest());

        Assert.Equal(ExecutionStatus.Succeeded, first.Status);
        Assert.Equal(ExecutionStatus.Succeeded, second.Status);
        Assert.Single(environment.Simulator.Efs.PeekFileSystems());
        Assert.Equal((string?)first.Output!["fileSystemId"], (string?)second.Output!["fileSystemId"]);
        Assert.False((bool)first.Output!["alreadyExisted"]!);
        Assert.True((bool)second.Output!["alreadyExisted"]!);
    }

    [Fact]
    public async Task Run_WhenTheDeadlinePassesBeforeTheFileSystemIsAvailable_ShouldRollBackAndFailWithDeadlineExceeded()
    {
        await using var environment = await StartAsync(LifecycleTransition.AfterSeconds(3600));
        var request = SampleRequest();
        request["timeoutSeconds"] = 120;

        var result = await environment.RunAsync(Workflow, request);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.DeadlineExceeded", result.Error);
        Assert.Contains("was still creating at the request's deadline", result.Cause, StringComparison.Ordinal);
        var deadlineNoticed = result.History.First(entry => entry.Type == HistoryEventType.PassStateEntered && entry.StateName == "FileSystemDeadlineExceeded").Timestamp;
        Assert.InRange((deadlineNoticed - Start).TotalSeconds, 120, 150);
        Assert.Empty(environment.Simulator.Efs.PeekFileSystems());
    }

    [Fact]
    public async Task Run_WhenTheRequestIsInvalid_ShouldFailWithValidationErrorAndCreateNothing()
    {
        await using var environment = await StartAsync();
        var request = SampleRequest();
        request["throughputMode"] = "turbo";

        var result = await environment.RunAsync(Workflow, request);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.ValidationError", result.Error);
        Assert.Contains("throughputMode: 'turbo' must be one of bursting, provisioned, elastic", result.Cause, StringComparison.Ordinal);
        Assert.Empty(environment.Simulator.Efs.PeekFileSystems());
        Assert.Equal(Start, result.StopDate);
    }
}
