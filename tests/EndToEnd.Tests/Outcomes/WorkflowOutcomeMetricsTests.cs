using System.Text.Json.Nodes;
using StorageOps.Local.Runner;
using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Lifecycle;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Mocking;
using StorageOps.Testing;

namespace EndToEnd.Tests.Outcomes;

/// <summary>
/// The outcome metrics of the EFS workflows as deployed: each execution ends with RecordWorkflowOutcome, whose
/// embedded-metric-format documents land in the functions' log, and whose failure never changes the execution's result.
/// </summary>
public sealed class WorkflowOutcomeMetricsTests
{
    private const string Workflow = "provision-file-system";
    private const string RequestId = "req-2026-11-22-analytics-shared";
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static JsonNode SampleRequest() => JsonNode.Parse(File.ReadAllText(RepositoryPaths.Combine("events", "provision-file-system.json")))!;

    private static Task<LocalEnvironment> StartAsync() =>
        LocalEnvironment.StartAsync(new LocalEnvironmentOptions
        {
            TemplatePath = RepositoryPaths.Combine("template.yaml"),
            Start = Start,
            FileSystemCreation = LifecycleTransition.AfterSeconds(45),
        });

    private static JsonObject Counts(LocalEnvironment environment) =>
        Assert.Single(environment.FunctionLog.Lines(), line => line["_aws"] is not null && line["WorkflowDurationSeconds"] is null);

    private static JsonObject Duration(LocalEnvironment environment) =>
        Assert.Single(environment.FunctionLog.Lines(), line => line["_aws"] is not null && line["WorkflowDurationSeconds"] is not null);

    [Fact]
    public async Task Run_WhenAFileSystemIsProvisioned_ShouldCountItAndItsDurationWithTheExecutionsIds()
    {
        await using var environment = await StartAsync();

        var result = await environment.RunAsync(Workflow, SampleRequest());

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        var counts = Counts(environment);
        Assert.Equal((1.0, 0.0, 0.0), ((double)counts["FileSystemsProvisioned"]!, (double)counts["FileSystemProvisioningFailed"]!, (double)counts["FileSystemsRolledBack"]!));
        Assert.Equal((RequestId, result.ExecutionArn), ((string?)counts["requestId"], (string?)counts["executionArn"]));
        var duration = Duration(environment);
        Assert.Equal(Workflow, (string?)duration["Workflow"]);
        Assert.Equal((result.StopDate - result.StartDate).TotalSeconds, (double)duration["WorkflowDurationSeconds"]!);
        var line = Assert.Single(environment.FunctionLog.Lines(), line => (string?)line["message"] == "workflow outcome");
        Assert.Equal(("succeeded", RequestId, result.ExecutionArn, "RecordWorkflowOutcome"), ((string?)line["outcome"], (string?)line["requestId"], (string?)line["executionArn"], (string?)line["handler"]));
        Assert.StartsWith("local-", (string?)line["function_request_id"], StringComparison.Ordinal);
        Assert.Null(result.Output!["outcomeNotRecorded"]);
    }

    [Fact]
    public async Task Run_WhenProvisioningFailsAndIsRolledBack_ShouldCountTheFailureAndTheRollbackAndKeepTheOriginalError()
    {
        await using var environment = await StartAsync();
        var occupier = SimulatedFileSystems.Create(environment, SimulatedFileSystems.Home, "occupier", ownedByStorageOps: false);
        await SimulatedFileSystems.LetTimePassAsync(environment, TimeSpan.FromSeconds(45));
        environment.Simulator.Efs.CreateMountTarget(SimulatedFileSystems.Home, new CreateMountTargetRequest
        {
            FileSystemId = occupier.FileSystemId,
            SubnetId = "subnet-a5fd401eecacc00df",
            IpAddress = "172.31.0.10",
        });

        var result = await environment.RunAsync(Workflow, SampleRequest());

        Assert.Equal(("StorageOps.MountTargetRejected", ExecutionStatus.Failed), (result.Error, result.Status));
        Assert.Contains(result.History, entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "RecordRolledBack");
        var counts = Counts(environment);
        Assert.Equal((0.0, 1.0, 1.0), ((double)counts["FileSystemsProvisioned"]!, (double)counts["FileSystemProvisioningFailed"]!, (double)counts["FileSystemsRolledBack"]!));
        Assert.Equal("rolled-back", (string?)counts["outcome"]);
    }

    [Fact]
    public async Task Run_WhenTheRequestHasNoRequestId_ShouldStillFailWithTheValidationErrorAndCountTheFailure()
    {
        await using var environment = await StartAsync();
        var request = SampleRequest().AsObject();
        request.Remove("requestId");

        var result = await environment.RunAsync(Workflow, request);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.ValidationError", result.Error);
        var counts = Counts(environment);
        Assert.Equal(("failed", 1.0), ((string?)counts["outcome"], (double)counts["FileSystemProvisioningFailed"]!));
        Assert.Null(counts["requestId"]);
    }

    [Fact]
    public async Task Run_WhenRecordingTheOutcomeKeepsFailing_ShouldRetryThenEndTheWorkflowAsIfRecorded()
    {
        await using var environment = await StartAsync();
        var mocks = MockConfiguration.Parse("""
            {
              "StateMachines": { "provision-file-system": { "TestCases": { "MetricsDown": { "RecordFileSystemProvisioned": "LambdaDown" } } } },
              "MockedResponses": { "LambdaDown": { "0-9": { "Throw": { "Error": "Lambda.ServiceException", "Cause": "metrics function unavailable" } } } }
            }
            """).GetTestCase(Workflow, "MetricsDown");
        var workflow = environment.Wiring.Workflow(Workflow);

        var result = await environment.Engine.RunAsync(
            StateMachineDefinition.Parse(workflow.Definition),
            SampleRequest(),
            new ExecutionOptions { ExecutionName = RequestId, StateMachineArn = workflow.StateMachineArn, Mocks = mocks });

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.Equal(4, result.History.Count(entry => entry.Type == HistoryEventType.TaskFailed));
        Assert.Equal(RequestId, (string?)result.Output!["requestId"]);
        Assert.Null(result.Output["outcomeNotRecorded"]);
        Assert.StartsWith("fs-", (string?)result.Output["fileSystemId"], StringComparison.Ordinal);
    }
}
