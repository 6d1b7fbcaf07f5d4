using System.Text.Json.Nodes;
using StorageOps.Local.Runner;
using StorageOps.Simulator.Efs;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.Testing;

namespace EndToEnd.Tests.TeardownFileSystem;

/// <summary>teardown-file-system as deployed, after provision-file-system made the sample file system with its three mount targets.</summary>
public sealed class TeardownFileSystemWorkflowTests
{
    private const string Workflow = "teardown-file-system";
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Task<LocalEnvironment> StartAsync() =>
        LocalEnvironment.StartAsync(new LocalEnvironmentOptions { TemplatePath = RepositoryPaths.Combine("template.yaml"), Start = Start });

    private static async Task<(string FileSystemId, IReadOnlyList<string> MountTargetIds)> ProvisionSampleAsync(LocalEnvironment environment)
    {
        var request = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryPaths.Combine("events", "provision-file-system.json")))!;
        var provisioned = await environment.RunAsync("provision-file-system", request);
        Assert.True(provisioned.Status == ExecutionStatus.Succeeded, $"{provisioned.Error}: {provisioned.Cause}");
        return ((string)provisioned.Output!["fileSystemId"]!, [.. provisioned.Output!["mountTargets"]!.AsArray().Select(mountTarget => (string)mountTarget!["mountTargetId"]!)]);
    }

    private static JsonObject Teardown(string fileSystemId, bool? force = null)
    {
        var request = new JsonObject { ["requestId"] = "req-2026-12-01-teardown-analytics", ["fileSystemId"] = fileSystemId };
        if (force is { } value)
        {
            request["force"] = value;
        }

        return request;
    }

    private static void Disown(LocalEnvironment environment, string fileSystemId) =>
        environment.Simulator.Efs.UntagResource(environment.Simulator.Efs.DefaultScope, fileSystemId, ["storageops:managed-by", "storageops:request-id"]);

    private static int MountTargetCount(LocalEnvironment environment, string fileSystemId) =>
        environment.Simulator.Efs.DescribeMountTargets(environment.Simulator.Efs.DefaultScope, new DescribeMountTargetsRequest { FileSystemId = fileSystemId }).MountTargets.Count;

    [Fact]
    public async Task Run_WhenTheFileSystemIsOurs_ShouldDeleteEveryMountTargetThenTheFileSystemAndLeaveNothing()
    {
        await using var environment = await StartAsync();
        var (fileSystemId, mountTargetIds) = await ProvisionSampleAsync(environment);

        var result = await environment.RunAsync(Workflow, Teardown(fileSystemId));

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Empty(environment.Simulator.Efs.PeekFileSystems());
        var output = result.Output!.AsObject();
        Assert.Equal(["requestId", "fileSystemId", "deletedMountTargetIds", "lifeCycleState"], output.Select(member => member.Key));
        Assert.Equal(("req-2026-12-01-teardown-analytics", fileSystemId, "deleted"), ((string?)output["requestId"], (string?)output["fileSystemId"], (string?)output["lifeCycleState"]));
        Assert.Equal(mountTargetIds.Order(StringComparer.Ordinal), output["deletedMountTargetIds"]!.AsArray().Select(id => (string)id!).Order(StringComparer.Ordinal));
        var fileSystemDeleted = result.History.First(entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "DeleteFileSystem").Timestamp;
        var mountTargetsDeleted = result.History.First(entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "DeleteMountTargets").Timestamp;
        Assert.Equal(TimeSpan.FromSeconds(30), fileSystemDeleted - mountTargetsDeleted);
        Assert.Equal(TimeSpan.FromSeconds(10), result.StopDate - fileSystemDeleted);
    }

    [Fact]
    public async Task Run_WhenTheFileSystemReplicates_ShouldDeleteTheReplicationUntilGoneBeforeTheMountTargetsAndTheFileSystem()
    {
        await using var environment = await StartAsync();
        var request = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryPaths.Combine("events", "provision-file-system.json")))!;
        request["replication"] = new JsonObject { ["region"] = "us-west-2" };
        var provisioned = await environment.RunAsync("provision-file-system", request);
        Assert.True(provisioned.Status == ExecutionStatus.Succeeded, $"{provisioned.Error}: {provisioned.Cause}");
        var fileSystemId = (string)provisioned.Output!["fileSystemId"]!;
        Assert.Single(environment.Simulator.Efs.PeekReplicationConfigurations());

        var result = await environment.RunAsync(Workflow, Teardown(fileSystemId));

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Empty(environment.Simulator.Efs.PeekReplicationConfigurations());
        Assert.Empty(environment.Simulator.Efs.PeekFileSystems());
        var tasksEntered = result.History.Where(entry => entry.Type == HistoryEventType.TaskStateEntered).ToList();
        var lastReplicationPoll = tasksEntered.FindLastIndex(entry => entry.StateName == "DescribeReplicationDeletion");
        Assert.Equal("DeleteReplication", tasksEntered[0].StateName);
        Assert.True(lastReplicationPoll > 0);
        Assert.Equal("DeleteMountTargets", tasksEntered[lastReplicationPoll + 1].StateName);
        Assert.True(tasksEntered[lastReplicationPoll].Timestamp > tasksEntered[0].Timestamp);
    }

    [Fact]
    public async Task Run_WhenTheFileSystemIsNotOurs_ShouldRefuseWithNotOwnedAndDeleteNothing()
    {
        await using var environment = await StartAsync();
        var (fileSystemId, _) = await ProvisionSampleAsync(environment);
        Disown(environment, fileSystemId);

        var result = await environment.RunAsync(Workflow, Teardown(fileSystemId, force: false));

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.NotOwned", result.Error);
        Assert.Contains("send the request again with \"force\": true", (string)JsonNode.Parse(result.Cause!)!["errorMessage"]!, StringComparison.Ordinal);
        Assert.Equal("available", Assert.Single(environment.Simulator.Efs.PeekFileSystems()).LifeCycleState);
        Assert.Equal(3, MountTargetCount(environment, fileSystemId));
    }

    [Fact]
    public async Task Run_WhenTheFileSystemIsNotOursAndForceIsTrue_ShouldDeleteItAndItsMountTargets()
    {
        await using var environment = await StartAsync();
        var (fileSystemId, _) = await ProvisionSampleAsync(environment);
        Disown(environment, fileSystemId);

        var result = await environment.RunAsync(Workflow, Teardown(fileSystemId, force: true));

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Empty(environment.Simulator.Efs.PeekFileSystems());
    }

    [Fact]
    public async Task Run_WhenTheFileSystemIsAlreadyGone_ShouldSucceedWithoutWaiting()
    {
        await using var environment = await StartAsync();

        var result = await environment.RunAsync(Workflow, Teardown("fs-0123456789abcdef0"));

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal(new JsonArray().ToJsonString(), result.Output!["deletedMountTargetIds"]!.ToJsonString());
        Assert.Equal(Start, result.StopDate);
    }
}
