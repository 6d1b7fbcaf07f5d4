using System.Text.Json.Nodes;
using StorageOps.Local.Runner;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Faults;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.Testing;

namespace EndToEnd.Tests.ReplicateFileSystem;

/// <summary>
/// replicate-file-system as deployed: template.yaml's wiring, the real handlers and AWS client (one per Region), over HTTP
/// to the simulator, on the States Language engine and one virtual clock. Replication takes the simulator's default 120 s.
/// </summary>
public sealed class ReplicateFileSystemWorkflowTests
{
    private const string Workflow = "replicate-file-system";
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly AccountRegion West = new(SimulatedFileSystems.AccountId, "us-west-2");

    private static Task<LocalEnvironment> StartAsync(FaultSettings? faults = null) =>
        LocalEnvironment.StartAsync(new LocalEnvironmentOptions
        {
            TemplatePath = RepositoryPaths.Combine("template.yaml"),
            Start = Start,
            Faults = faults ?? FaultSettings.None,
        });

    private static JsonObject Request(string sourceId, JsonObject destination) => new()
    {
        ["requestId"] = "req-replicate-1",
        ["fileSystemId"] = sourceId,
        ["destination"] = destination,
    };

    private static async Task<string> AvailableSourceAsync(LocalEnvironment environment)
    {
        var source = SimulatedFileSystems.Create(environment, SimulatedFileSystems.Home, "source", ownedByStorageOps: true);
        await SimulatedFileSystems.LetTimePassAsync(environment, TimeSpan.FromSeconds(45));
        return source.FileSystemId;
    }

    [Fact]
    public async Task Run_WhenDestinationIsANewFileSystemInAnotherRegion_ShouldPollUntilEnabledAndReturnTheDestination()
    {
        await using var environment = await StartAsync();
        var sourceId = await AvailableSourceAsync(environment);

        var result = await environment.RunAsync(Workflow, Request(sourceId, new JsonObject { ["region"] = "us-west-2" }));

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        var replication = Assert.Single(environment.Simulator.Efs.PeekReplicationConfigurations());
        var destination = Assert.Single(replication.Destinations);
        Assert.Equal(("ENABLED", "us-west-2"), (destination.Status, destination.Region));
        Assert.Equal(sourceId, replication.SourceFileSystemId);
        Assert.Equal("REPLICATING", SimulatedFileSystems.Find(environment, West, destination.FileSystemId).ReplicationOverwriteProtection);
        Assert.Equal(
            new JsonObject
            {
                ["requestId"] = "req-replicate-1",
                ["sourceFileSystemId"] = sourceId,
                ["destination"] = new JsonObject { ["region"] = "us-west-2", ["fileSystemId"] = destination.FileSystemId, ["status"] = "ENABLED" },
                ["alreadyExisted"] = false,
                ["overwriteProtectionDisabled"] = false,
            }.ToJsonString(),
            result.Output!.ToJsonString());
        // Enabled 120 s after it was created; noticed within one polling interval of that, never before.
        Assert.InRange((result.StopDate - result.StartDate).TotalSeconds, 120, 150);
        Assert.Contains(result.History, entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "DescribeReplication");
    }

    [Fact]
    public async Task Run_WhenTheSameRequestRunsAgain_ShouldFindTheReplicationWithoutCreatingAnother()
    {
        await using var environment = await StartAsync();
        var sourceId = await AvailableSourceAsync(environment);
        var request = Request(sourceId, new JsonObject { ["region"] = "us-west-2" });

        var first = await environment.RunAsync(Workflow, request);
        var second = await environment.RunAsync(Workflow, request.DeepClone());

        Assert.Equal(ExecutionStatus.Succeeded, first.Status);
        Assert.True(second.Status == ExecutionStatus.Succeeded, $"{second.Error}: {second.Cause}");
        Assert.Single(environment.Simulator.Efs.PeekReplicationConfigurations());
        Assert.Single(environment.Simulator.Efs.PeekFileSystems(West));
        Assert.Equal(first.Output!["destination"]!.ToJsonString(), second.Output!["destination"]!.ToJsonString());
        Assert.True((bool)second.Output!["alreadyExisted"]!);
        Assert.Equal(second.StartDate, second.StopDate);
    }

    [Fact]
    public async Task Run_WhenExistingDestinationIsOursWithProtectionEnabled_ShouldDisableItAndReplicate()
    {
        await using var environment = await StartAsync();
        var destination = SimulatedFileSystems.Create(environment, West, "our-destination", ownedByStorageOps: true);
        var sourceId = await AvailableSourceAsync(environment);
        Assert.Equal("ENABLED", SimulatedFileSystems.Find(environment, West, destination.FileSystemId).ReplicationOverwriteProtection);

        var result = await environment.RunAsync(Workflow, Request(sourceId, new JsonObject { ["fileSystemId"] = destination.FileSystemArn }));

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.True((bool)result.Output!["overwriteProtectionDisabled"]!);
        Assert.Equal(
            new JsonObject { ["region"] = "us-west-2", ["fileSystemId"] = destination.FileSystemId, ["status"] = "ENABLED" }.ToJsonString(),
            result.Output!["destination"]!.ToJsonString());
        var replication = Assert.Single(environment.Simulator.Efs.PeekReplicationConfigurations());
        Assert.Equal(destination.FileSystemId, Assert.Single(replication.Destinations).FileSystemId);
        Assert.Single(environment.Simulator.Efs.PeekFileSystems(West));
    }

    [Fact]
    public async Task Run_WhenExistingDestinationIsNotOursWithProtectionEnabled_ShouldFailWithOverwriteProtectionEnabledAndChangeNothing()
    {
        await using var environment = await StartAsync();
        var destination = SimulatedFileSystems.Create(environment, West, "someone-elses", ownedByStorageOps: false);
        var sourceId = await AvailableSourceAsync(environment);

        var result = await environment.RunAsync(Workflow, Request(sourceId, new JsonObject { ["region"] = "us-west-2", ["fileSystemId"] = destination.FileSystemId }));

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.OverwriteProtectionEnabled", result.Error);
        Assert.Contains($"aws efs update-file-system-protection --file-system-id {destination.FileSystemId} --replication-overwrite-protection DISABLED --region us-west-2", result.Cause, StringComparison.Ordinal);
        Assert.Empty(environment.Simulator.Efs.PeekReplicationConfigurations());
        Assert.Equal("ENABLED", SimulatedFileSystems.Find(environment, West, destination.FileSystemId).ReplicationOverwriteProtection);
        Assert.Equal(Start.AddSeconds(45), result.StopDate);
    }

    [Fact]
    public async Task Run_WhenTheDestinationGoesIntoError_ShouldFailWithReplicationFailedAndTheStatusMessage()
    {
        var faults = new FaultSettings { Rules = [new FaultRule { Service = "efs", Resource = "fs-*", ForcedState = "ERROR" }] };
        await using var environment = await StartAsync(faults);
        var sourceId = await AvailableSourceAsync(environment);

        var result = await environment.RunAsync(Workflow, Request(sourceId, new JsonObject { ["region"] = "us-west-2" }));

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.ReplicationFailed", result.Error);
        var destination = Assert.Single(Assert.Single(environment.Simulator.Efs.PeekReplicationConfigurations()).Destinations);
        Assert.Equal("ERROR", destination.Status);
        Assert.Contains(destination.StatusMessage!, result.Cause, StringComparison.Ordinal);
        Assert.Contains($"Replication of {sourceId} to {destination.FileSystemId} in us-west-2 is in ERROR", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WhenTheDestinationStaysPausedPastTheDeadline_ShouldFailWithDeadlineExceededNamingThePauseAndItsReason()
    {
        var faults = new FaultSettings { Rules = [new FaultRule { Service = "efs", Resource = "fs-*", ForcedState = "PAUSED" }] };
        await using var environment = await StartAsync(faults);
        var sourceId = await AvailableSourceAsync(environment);
        var request = Request(sourceId, new JsonObject { ["region"] = "us-west-2" });
        request["timeoutSeconds"] = 600;

        var result = await environment.RunAsync(Workflow, request);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.DeadlineExceeded", result.Error);
        var destination = Assert.Single(Assert.Single(environment.Simulator.Efs.PeekReplicationConfigurations()).Destinations);
        Assert.Equal("PAUSED", destination.Status);
        Assert.Contains($"Replication of {sourceId} to {destination.FileSystemId} in us-west-2 was still PAUSED when the request deadline", result.Cause, StringComparison.Ordinal);
        Assert.Contains(destination.StatusMessage!, result.Cause, StringComparison.Ordinal);
        Assert.Equal(600, (result.StopDate - result.StartDate).TotalSeconds);
    }

    [Fact]
    public async Task Run_WhenTheSourceIsNotOurs_ShouldFailWithNotOwnedAndReplicateNothing()
    {
        await using var environment = await StartAsync();
        var foreign = SimulatedFileSystems.Create(environment, SimulatedFileSystems.Home, "foreign", ownedByStorageOps: false);
        await SimulatedFileSystems.LetTimePassAsync(environment, TimeSpan.FromSeconds(45));

        var result = await environment.RunAsync(Workflow, Request(foreign.FileSystemId, new JsonObject { ["region"] = "us-west-2" }));

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.NotOwned", result.Error);
        Assert.Empty(environment.Simulator.Efs.PeekReplicationConfigurations());
        Assert.Empty(environment.Simulator.Efs.PeekFileSystems(West));
    }

    [Fact]
    public async Task Run_WhenTheDestinationIsInvalid_ShouldFailWithValidationErrorBeforeAnyAwsCall()
    {
        await using var environment = await StartAsync();
        var sourceId = await AvailableSourceAsync(environment);

        var result = await environment.RunAsync(Workflow, Request(sourceId, new JsonObject { ["fileSystemId"] = "fs-0123456789abcdef0", ["kmsKeyId"] = "alias/dr" }));

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.ValidationError", result.Error);
        Assert.Contains("destination.kmsKeyId: is only allowed for a new destination", result.Cause, StringComparison.Ordinal);
        Assert.Empty(environment.Simulator.Efs.PeekReplicationConfigurations());
    }
}
