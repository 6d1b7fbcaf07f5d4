using System.Text.Json.Nodes;
using StorageOps.Local.Runner;
using StorageOps.Simulator.Efs;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Runner;

public sealed class WorkflowSamplesTests : IDisposable
{
    private readonly string events = Directory.CreateTempSubdirectory("storageops-samples-").FullName;

    public WorkflowSamplesTests() =>
        File.Copy(RepositoryPaths.Combine("events", "provision-file-system.json"), WorkflowSamples.PathOf(events, WorkflowSamples.ProvisionWorkflow));

    public void Dispose() => Directory.Delete(events, recursive: true);

    private static Task<LocalEnvironment> StartAsync() =>
        LocalEnvironment.StartAsync(new LocalEnvironmentOptions { TemplatePath = RepositoryPaths.Combine("template.yaml") });

    [Fact]
    public async Task InputForAsync_WhenTheWorkflowIsProvisioning_ShouldReturnItsSampleAndCreateNothing()
    {
        await using var environment = await StartAsync();

        var input = await WorkflowSamples.InputForAsync(environment, events, WorkflowSamples.ProvisionWorkflow);

        Assert.Equal("req-2026-11-22-analytics-shared", (string?)input!["requestId"]);
        Assert.Empty(environment.Simulator.Efs.PeekFileSystems());
    }

    [Fact]
    public async Task InputForAsync_WhenTheSampleActsOnAnExistingFileSystem_ShouldProvisionOneAndPointTheSampleAtIt()
    {
        await File.WriteAllTextAsync(WorkflowSamples.PathOf(events, "teardown-file-system"), """{"requestId":"req-teardown","fileSystemId":"fs-0123456789abcdef0"}""");
        await using var environment = await StartAsync();

        var input = await WorkflowSamples.InputForAsync(environment, events, "teardown-file-system");

        var fileSystem = Assert.Single(environment.Simulator.Efs.PeekFileSystems());
        Assert.Equal(new JsonObject { ["requestId"] = "req-teardown", ["fileSystemId"] = fileSystem.FileSystemId }.ToJsonString(), input!.ToJsonString());
    }

    [Fact]
    public async Task InputForAsync_WhenTheSampleChangesMountTargetSecurityGroups_ShouldPointEachChangeAtTheProvisionedMountTargetOfItsPosition()
    {
        await File.WriteAllTextAsync(
            WorkflowSamples.PathOf(events, "update-file-system"),
            """{"requestId":"req-update","fileSystemId":"fs-0123456789abcdef0","mountTargetSecurityGroups":[{"mountTargetId":"fsmt-0123456789abcdef0","securityGroups":["sg-1"]},{"mountTargetId":"fsmt-0123456789abcdef1","securityGroups":["sg-2"]}]}""");
        await using var environment = await StartAsync();

        var input = await WorkflowSamples.InputForAsync(environment, events, "update-file-system");

        var fileSystem = Assert.Single(environment.Simulator.Efs.PeekFileSystems());
        var changes = input!["mountTargetSecurityGroups"]!.AsArray();
        var mountTargetIds = changes.Select(change => (string)change!["mountTargetId"]!).ToList();
        var provisionedIds = environment.Simulator.Efs.DescribeMountTargets(environment.Simulator.Efs.DefaultScope, new DescribeMountTargetsRequest { FileSystemId = fileSystem.FileSystemId })
            .MountTargets.Select(mountTarget => mountTarget.MountTargetId).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(2, mountTargetIds.Distinct(StringComparer.Ordinal).Count());
        Assert.All(mountTargetIds, id => Assert.Contains(id, provisionedIds));
        Assert.Equal(["sg-1", "sg-2"], changes.Select(change => (string)change!["securityGroups"]![0]!));
        Assert.Equal(fileSystem.FileSystemId, (string?)input["fileSystemId"]);
    }

    [Fact]
    public async Task InputForAsync_WhenTheWorkflowHasNoSample_ShouldReturnNull()
    {
        await using var environment = await StartAsync();

        Assert.Null(await WorkflowSamples.InputForAsync(environment, events, "replicate-file-system"));
    }
}
