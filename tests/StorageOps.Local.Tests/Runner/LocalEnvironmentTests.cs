using System.Text.Json.Nodes;
using StorageOps.Local.Runner;
using StorageOps.Simulator.Lifecycle;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Runner;

public sealed class LocalEnvironmentTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static JsonNode SampleRequest() => JsonNode.Parse(File.ReadAllText(RepositoryPaths.Combine("events", "provision-file-system.json")))!;

    private static List<double> DescribeTimes(ExecutionResult result) => result.History
        .Where(entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "DescribeFileSystem")
        .Select(entry => (entry.Timestamp - Start).TotalSeconds)
        .ToList();

    [Fact]
    public async Task RunAsync_WhenTheSimulatorIsConfiguredSlower_ShouldPollUntilItsFileSystemIsReady()
    {
        await using var environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions
        {
            TemplatePath = RepositoryPaths.Combine("template.yaml"),
            ConfigureSimulator = options => options with { FileSystemCreation = LifecycleTransition.AfterSeconds(50) },
        });

        var result = await environment.RunAsync("provision-file-system", SampleRequest());

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal([45, 49, 53], DescribeTimes(result));
    }

    [Fact]
    public async Task RunAsync_WhenFunctionVariablesSetThePollingTimeScale_ShouldWaitTheScaledExpectedDuration()
    {
        await using var environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions
        {
            TemplatePath = RepositoryPaths.Combine("template.yaml"),
            FunctionVariables = new Dictionary<string, string> { ["STORAGEOPS_POLLING_TIME_SCALE"] = "2" },
        });

        var result = await environment.RunAsync("provision-file-system", SampleRequest());

        Assert.Equal([90], DescribeTimes(result));
    }

    [Fact]
    public async Task RunAsync_WhenFunctionsCallAws_ShouldSignEachCallWithTheCallingFunctionsOwnAccessKey()
    {
        await using var environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions { TemplatePath = RepositoryPaths.Combine("template.yaml") });

        await environment.RunAsync("provision-file-system", SampleRequest());

        Assert.Equal(
            [
                ("ValidateMountTargetPlacementFunction", "DescribeSubnets"),
                ("ValidateMountTargetPlacementFunction", "DescribeSecurityGroups"),
                ("CreateFileSystemFunction", "CreateFileSystem"),
                ("DescribeFileSystemFunction", "DescribeFileSystems"),
                ("CreateMountTargetFunction", "DescribeMountTargets"),
                ("CreateMountTargetFunction", "CreateMountTarget"),
                ("DescribeMountTargetsFunction", "DescribeMountTargets"),
                ("CreateReplicationFunction", "DescribeFileSystems"),
                ("CreateReplicationFunction", "DescribeReplicationConfigurations"),
                ("CreateReplicationFunction", "CreateReplicationConfiguration"),
                ("DescribeReplicationFunction", "DescribeReplicationConfigurations"),
            ],
            environment.Simulator.RequestLog.Snapshot().Select(request => (request.AccessKeyId, request.Operation)).Distinct());
    }
}
