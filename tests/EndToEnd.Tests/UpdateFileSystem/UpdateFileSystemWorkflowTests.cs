using System.Text.Json.Nodes;
using StorageOps.Local.Runner;
using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Fleet;
using StorageOps.Simulator.Lifecycle;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.Testing;

namespace EndToEnd.Tests.UpdateFileSystem;

/// <summary>
/// update-file-system as deployed: template.yaml's wiring, the real handlers and AWS client, over HTTP to the simulator,
/// on the States Language engine and one virtual clock. The file system has one mount target in a VPC with two groups.
/// </summary>
public sealed class UpdateFileSystemWorkflowTests
{
    private const string Workflow = "update-file-system";
    private const string FirstGroup = "sg-0a1b2c3d4e5f60001";
    private const string SecondGroup = "sg-0a1b2c3d4e5f60002";
    private const string SubnetId = "subnet-0a1b2c3d4e5f60001";
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly FleetSeed Fleet = new()
    {
        Vpcs =
        [
            new VpcSeed
            {
                VpcId = "vpc-0a1b2c3d4e5f60001",
                Region = SimulatedFileSystems.HomeRegion,
                CidrBlock = "10.20.0.0/16",
                Subnets = [new SubnetSeed(SubnetId, "us-east-1a", "10.20.1.0/24")],
                SecurityGroups = [new SecurityGroupSeed(FirstGroup, "nfs-clients"), new SecurityGroupSeed(SecondGroup, "nfs-clients-v2")],
            },
        ],
    };

    private sealed record Setup(LocalEnvironment Environment, string FileSystemId, string MountTargetId) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Environment.DisposeAsync();
    }

    private static async Task<Setup> StartAsync(bool ownedByStorageOps = true, LifecycleTransition? throughputUpdate = null)
    {
        var environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions
        {
            TemplatePath = RepositoryPaths.Combine("template.yaml"),
            Start = Start,
            Fleet = Fleet,
            FileSystemUpdate = throughputUpdate ?? LifecycleTransition.AfterSeconds(0),
        });
        var fileSystem = SimulatedFileSystems.Create(environment, SimulatedFileSystems.Home, "analytics", ownedByStorageOps, new EfsTag("Name", "analytics"), new EfsTag("cost-center", "42"));
        await SimulatedFileSystems.LetTimePassAsync(environment, TimeSpan.FromSeconds(45));
        var mountTarget = environment.Simulator.Efs.CreateMountTarget(
            SimulatedFileSystems.Home,
            new CreateMountTargetRequest { FileSystemId = fileSystem.FileSystemId, SubnetId = SubnetId, SecurityGroups = [FirstGroup] });
        await SimulatedFileSystems.LetTimePassAsync(environment, TimeSpan.FromSeconds(60));
        return new Setup(environment, fileSystem.FileSystemId, mountTarget.MountTargetId);
    }

    private static JsonObject Request(string fileSystemId, string requestId = "req-update-1") => new() { ["requestId"] = requestId, ["fileSystemId"] = fileSystemId };

    private static FileSystemDescription FileSystem(Setup setup) => SimulatedFileSystems.Find(setup.Environment, SimulatedFileSystems.Home, setup.FileSystemId);

    private static IEnumerable<string?> TasksEntered(ExecutionResult result) =>
        result.History.Where(entry => entry.Type == HistoryEventType.TaskStateEntered).Select(entry => entry.StateName);

    [Fact]
    public async Task Run_WhenThroughputGoesFromElasticToProvisioned_ShouldApplyItAndReturnTheNewThroughput()
    {
        await using var setup = await StartAsync();
        var request = Request(setup.FileSystemId);
        request["throughputMode"] = "provisioned";
        request["provisionedThroughputInMibps"] = 256;

        var result = await setup.Environment.RunAsync(Workflow, request);

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal(("provisioned", 256.0), (FileSystem(setup).ThroughputMode, FileSystem(setup).ProvisionedThroughputInMibps));
        Assert.Equal("available", FileSystem(setup).LifeCycleState);
        var throughput = result.Output!["changes"]!["throughput"]!;
        Assert.Equal(("provisioned", 256.0, true), ((string?)throughput["throughputMode"], (double)throughput["provisionedThroughputInMibps"]!, (bool)throughput["changed"]!));
        Assert.Equal(["PrepareFileSystemUpdate", "UpdateFileSystemThroughput", "DescribeFileSystem", "RecordFileSystemUpdated"], TasksEntered(result));
        Assert.Equal(new JsonArray("throughput").ToJsonString(), new JsonArray([.. result.Output!["changes"]!.AsObject().Select(change => (JsonNode)change.Key)]).ToJsonString());
    }

    [Fact]
    public async Task Run_WhenTheFileSystemStaysUpdatingAWhile_ShouldPollUntilItIsAvailableAgainBeforeTheNextStep()
    {
        await using var setup = await StartAsync(throughputUpdate: LifecycleTransition.AfterSeconds(20));
        var request = Request(setup.FileSystemId);
        request["throughputMode"] = "provisioned";
        request["provisionedThroughputInMibps"] = 64;
        request["replicationOverwriteProtection"] = "DISABLED";

        var result = await setup.Environment.RunAsync(Workflow, request);

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal("updating", (string?)result.Output!["changes"]!["throughput"]!["lifeCycleState"]);
        Assert.Contains("DescribeFileSystem", TasksEntered(result));
        Assert.InRange((result.StopDate - result.StartDate).TotalSeconds, 20, 30);
        Assert.Equal(("available", "DISABLED"), (FileSystem(setup).LifeCycleState, FileSystem(setup).ReplicationOverwriteProtection));
    }

    [Fact]
    public async Task Run_WhenTheFileSystemStaysUpdatingPastTheDeadline_ShouldFailWithDeadlineExceeded()
    {
        await using var setup = await StartAsync(throughputUpdate: LifecycleTransition.AfterSeconds(3600));
        var request = Request(setup.FileSystemId);
        request["throughputMode"] = "provisioned";
        request["provisionedThroughputInMibps"] = 64;
        request["timeoutSeconds"] = 60;

        var result = await setup.Environment.RunAsync(Workflow, request);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.DeadlineExceeded", result.Error);
        Assert.InRange((result.StopDate - result.StartDate).TotalSeconds, 60, 90);
        Assert.Equal("updating", FileSystem(setup).LifeCycleState);
    }

    [Fact]
    public async Task Run_WhenTheThroughputModeChangesAgainWithin24Hours_ShouldFailWithThroughputChangeTooSoonSayingWhenToRetry()
    {
        await using var setup = await StartAsync();
        var toProvisioned = Request(setup.FileSystemId);
        toProvisioned["throughputMode"] = "provisioned";
        toProvisioned["provisionedThroughputInMibps"] = 256;
        var first = await setup.Environment.RunAsync(Workflow, toProvisioned);
        var backToElastic = Request(setup.FileSystemId, "req-update-2");
        backToElastic["throughputMode"] = "elastic";

        var second = await setup.Environment.RunAsync(Workflow, backToElastic);

        Assert.Equal(ExecutionStatus.Succeeded, first.Status);
        Assert.Equal(ExecutionStatus.Failed, second.Status);
        Assert.Equal("StorageOps.ThroughputChangeTooSoon", second.Error);
        var firstChange = first.StartDate;
        Assert.Contains($"Retry at or after {firstChange.AddHours(24):yyyy-MM-dd'T'HH:mm:ss'Z'}", second.Cause, StringComparison.Ordinal);
        Assert.Equal(1, TasksEntered(second).Count(name => name == "UpdateFileSystemThroughput"));
        Assert.Equal(("provisioned", 256.0), (FileSystem(setup).ThroughputMode, FileSystem(setup).ProvisionedThroughputInMibps));
    }

    [Fact]
    public async Task Run_WhenSecurityGroupsTagsAndProtectionChange_ShouldApplyOnlyThoseAndKeepTheOwnershipTags()
    {
        await using var setup = await StartAsync();
        var request = Request(setup.FileSystemId);
        request["mountTargetSecurityGroups"] = new JsonArray(new JsonObject { ["mountTargetId"] = setup.MountTargetId, ["securityGroups"] = new JsonArray(SecondGroup) });
        request["tags"] = new JsonObject { ["team"] = "storage", ["Name"] = "analytics-v2" };
        request["removeTagKeys"] = new JsonArray("cost-center");
        request["replicationOverwriteProtection"] = "DISABLED";

        var result = await setup.Environment.RunAsync(Workflow, request);

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal([SecondGroup], setup.Environment.Simulator.Efs.DescribeMountTargetSecurityGroups(SimulatedFileSystems.Home, setup.MountTargetId));
        var fileSystem = FileSystem(setup);
        Assert.Equal(
            ["Name=analytics-v2", "storageops:managed-by=storageops", "storageops:request-id=analytics", "team=storage"],
            fileSystem.Tags.Select(tag => $"{tag.Key}={tag.Value}").Order(StringComparer.Ordinal));
        Assert.Equal("DISABLED", fileSystem.ReplicationOverwriteProtection);
        Assert.Equal("elastic", fileSystem.ThroughputMode);
        Assert.Equal(
            ["PrepareFileSystemUpdate", "ModifyMountTargetSecurityGroups", "UpdateFileSystemTags", "UpdateFileSystemProtection", "RecordFileSystemUpdated"],
            TasksEntered(result));
        Assert.Equal(
            new JsonObject
            {
                ["requestId"] = "req-update-1",
                ["fileSystemId"] = setup.FileSystemId,
                ["changes"] = new JsonObject
                {
                    ["mountTargetSecurityGroups"] = new JsonObject
                    {
                        ["mountTargets"] = new JsonArray(new JsonObject { ["mountTargetId"] = setup.MountTargetId, ["securityGroups"] = new JsonArray(SecondGroup), ["changed"] = true }),
                    },
                    ["tags"] = new JsonObject { ["tagsSet"] = new JsonArray("team", "Name"), ["tagsRemoved"] = new JsonArray("cost-center") },
                    ["protection"] = new JsonObject { ["replicationOverwriteProtection"] = "DISABLED" },
                },
            }.ToJsonString(),
            result.Output!.ToJsonString());
    }

    [Fact]
    public async Task Run_WhenTheSameUpdateRunsTwice_ShouldChangeNothingTheSecondTime()
    {
        await using var setup = await StartAsync();
        var request = Request(setup.FileSystemId);
        request["mountTargetSecurityGroups"] = new JsonArray(new JsonObject { ["mountTargetId"] = setup.MountTargetId, ["securityGroups"] = new JsonArray(SecondGroup) });
        request["tags"] = new JsonObject { ["team"] = "storage" };
        request["throughputMode"] = "provisioned";
        request["provisionedThroughputInMibps"] = 128;

        var first = await setup.Environment.RunAsync(Workflow, request);
        var second = await setup.Environment.RunAsync(Workflow, request.DeepClone());

        Assert.Equal(ExecutionStatus.Succeeded, first.Status);
        Assert.True(second.Status == ExecutionStatus.Succeeded, $"{second.Error}: {second.Cause}");
        var changes = second.Output!["changes"]!;
        Assert.False((bool)changes["throughput"]!["changed"]!);
        Assert.False((bool)changes["mountTargetSecurityGroups"]!["mountTargets"]![0]!["changed"]!);
        Assert.Empty(changes["tags"]!["tagsSet"]!.AsArray());
    }

    [Fact]
    public async Task Run_WhenTheRequestRemovesAnOwnershipTag_ShouldFailWithValidationErrorAndChangeNothing()
    {
        await using var setup = await StartAsync();
        var request = Request(setup.FileSystemId);
        request["removeTagKeys"] = new JsonArray("storageops:managed-by");
        request["throughputMode"] = "bursting";

        var result = await setup.Environment.RunAsync(Workflow, request);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.ValidationError", result.Error);
        Assert.Contains("removeTagKeys: key 'storageops:managed-by' is reserved for StorageOps", result.Cause, StringComparison.Ordinal);
        Assert.Contains(SimulatedFileSystems.ManagedBy, FileSystem(setup).Tags);
        Assert.Equal("elastic", FileSystem(setup).ThroughputMode);
        Assert.Equal(["PrepareFileSystemUpdate", "RecordUpdateFailed"], TasksEntered(result));
    }

    [Fact]
    public async Task Run_WhenTheFileSystemIsNotOurs_ShouldFailWithNotOwnedAndChangeNothing()
    {
        await using var setup = await StartAsync(ownedByStorageOps: false);
        var request = Request(setup.FileSystemId);
        request["tags"] = new JsonObject { ["team"] = "storage" };

        var result = await setup.Environment.RunAsync(Workflow, request);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.NotOwned", result.Error);
        Assert.DoesNotContain(FileSystem(setup).Tags, tag => tag.Key == "team");
    }
}
