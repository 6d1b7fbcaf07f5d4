using System.Globalization;
using System.Text.Json.Nodes;
using StorageOps.Aws;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Logging;
using StorageOps.Functions.Outcomes;
using StorageOps.Functions.Tests.FileSystems;

namespace StorageOps.Functions.Tests.Outcomes;

public sealed class RecordWorkflowOutcomeFunctionTests
{
    private const string ExecutionArn = "arn:aws:states:us-east-1:123456789012:execution:storageops-provision-file-system:req-2026-12-01-analytics";
    private static readonly DateTimeOffset Started = DateTimeOffset.Parse("2026-12-01T03:00:00Z", CultureInfo.InvariantCulture);
    private static readonly LambdaInvocation Invocation = new("lambda-outcome-1", DateTimeOffset.MaxValue);
    private readonly ManualClock clock = new(Started.AddSeconds(225.5));
    private readonly StringWriter output = new();

    private ILambdaFunction Function() => FunctionComposition.Registry.Build(
        RecordWorkflowOutcomeFunction.HandlerName,
        new FunctionEnvironment(
            new Dictionary<string, string> { ["AWS_REGION"] = "us-east-1", [FunctionLogger.HandlerVariable] = RecordWorkflowOutcomeFunction.HandlerName },
            clock,
            new AwsClientSettings { ServiceUrl = "http://127.0.0.1:9" }) { Log = output });

    private static string Input(string workflow, string outcome, string extra = "") =>
        $$"""{"workflow":"{{workflow}}","outcome":"{{outcome}}","startedAt":"2026-12-01T03:00:00.000Z","executionArn":"{{ExecutionArn}}","executionInput":{"requestId":"req-2026-12-01-analytics","action":"provision-file-system"}{{extra}}}""";

    private List<JsonObject> Lines() =>
        [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject())];

    private List<JsonObject> MetricDocuments() => [.. Lines().Where(line => line["_aws"] is not null)];

    public static TheoryData<string, string, string[], string[]> Outcomes => new()
    {
        { "provision-file-system", "succeeded", ["FileSystemsProvisioned"], ["FileSystemProvisioningFailed", "FileSystemsRolledBack"] },
        { "provision-file-system", "failed", ["FileSystemProvisioningFailed"], ["FileSystemsProvisioned", "FileSystemsRolledBack"] },
        { "provision-file-system", "rolled-back", ["FileSystemProvisioningFailed", "FileSystemsRolledBack"], ["FileSystemsProvisioned"] },
        { "provision-file-system", "rollback-failed", ["FileSystemProvisioningFailed"], ["FileSystemsProvisioned", "FileSystemsRolledBack"] },
        { "replicate-file-system", "succeeded", ["FileSystemsReplicated"], ["ReplicationFailed"] },
        { "replicate-file-system", "failed", ["ReplicationFailed"], ["FileSystemsReplicated"] },
        { "teardown-file-system", "succeeded", ["FileSystemsTornDown"], ["TeardownFailed"] },
        { "teardown-file-system", "failed", ["TeardownFailed"], ["FileSystemsTornDown"] },
        { "update-file-system", "succeeded", ["FileSystemsUpdated"], ["UpdateFailed"] },
        { "update-file-system", "failed", ["UpdateFailed"], ["FileSystemsUpdated"] },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task InvokeAsync_WhenAWorkflowEnds_ShouldCountItsOutcomeAndZeroTheOthersWithoutDimensions(string workflow, string outcome, string[] ones, string[] zeros)
    {
        await Function().InvokeAsync(Input(workflow, outcome), Invocation, CancellationToken.None);

        var counts = MetricDocuments().Single(document => document["WorkflowDurationSeconds"] is null);
        var directive = counts["_aws"]!["CloudWatchMetrics"]![0]!;
        Assert.Equal("StorageOps", (string?)directive["Namespace"]);
        Assert.Equal("[[]]", directive["Dimensions"]!.ToJsonString());
        Assert.Equal(ones.Concat(zeros).Order(StringComparer.Ordinal), directive["Metrics"]!.AsArray().Select(metric => (string)metric!["Name"]!).Order(StringComparer.Ordinal));
        Assert.All(directive["Metrics"]!.AsArray(), metric => Assert.Equal("Count", (string?)metric!["Unit"]));
        Assert.All(ones, name => Assert.Equal(1, (double)counts[name]!));
        Assert.All(zeros, name => Assert.Equal(0, (double)counts[name]!));
        Assert.Equal((workflow, outcome, "req-2026-12-01-analytics", ExecutionArn), ((string?)counts["workflow"], (string?)counts["outcome"], (string?)counts["requestId"], (string?)counts["executionArn"]));
    }

    [Fact]
    public async Task InvokeAsync_WhenAWorkflowEnds_ShouldEmitItsDurationUnderTheWorkflowDimension()
    {
        var result = JsonNode.Parse(await Function().InvokeAsync(Input("provision-file-system", "succeeded"), Invocation, CancellationToken.None))!;

        var duration = MetricDocuments().Single(document => document["WorkflowDurationSeconds"] is not null);
        var directive = duration["_aws"]!["CloudWatchMetrics"]![0]!;
        Assert.Equal("""[["Workflow"]]""", directive["Dimensions"]!.ToJsonString());
        Assert.Equal("""[{"Name":"WorkflowDurationSeconds","Unit":"Seconds"}]""", directive["Metrics"]!.ToJsonString());
        Assert.Equal("provision-file-system", (string?)duration["Workflow"]);
        Assert.Equal(225.5, (double)duration["WorkflowDurationSeconds"]!);
        Assert.Equal(clock.Now.ToUnixTimeMilliseconds(), (long)duration["_aws"]!["Timestamp"]!);
        Assert.Equal(225.5, (double)result["durationSeconds"]!);
        Assert.Equal(1, (double)result["metrics"]!["FileSystemsProvisioned"]!);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheExecutionStartedAfterLambdasNow_ShouldRecordZeroSeconds()
    {
        clock.Now = Started.AddSeconds(-2);

        await Function().InvokeAsync(Input("teardown-file-system", "succeeded"), Invocation, CancellationToken.None);

        Assert.Equal(0, (double)MetricDocuments().Single(document => document["WorkflowDurationSeconds"] is not null)["WorkflowDurationSeconds"]!);
    }

    [Theory]
    [InlineData("succeeded", "INFO")]
    [InlineData("failed", "WARN")]
    [InlineData("rolled-back", "WARN")]
    [InlineData("rollback-failed", "ERROR")]
    public async Task InvokeAsync_WhenAWorkflowEnds_ShouldLogOneOutcomeLineWithTheCorrelationKeys(string outcome, string level)
    {
        await Function().InvokeAsync(Input("provision-file-system", outcome), Invocation, CancellationToken.None);

        var line = Assert.Single(Lines(), line => (string?)line["message"] == WorkflowOutcomeRecorder.LogMessage);
        Assert.Equal(level, (string?)line["level"]);
        Assert.Equal("req-2026-12-01-analytics", (string?)line["requestId"]);
        Assert.Equal(ExecutionArn, (string?)line["executionArn"]);
        Assert.Equal("lambda-outcome-1", (string?)line["function_request_id"]);
        Assert.Equal(RecordWorkflowOutcomeFunction.HandlerName, (string?)line["handler"]);
        Assert.Equal(outcome, (string?)line["outcome"]);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheExecutionInputHoldsASecret_ShouldNeverLogIt()
    {
        var input = """{"workflow":"update-file-system","outcome":"failed","startedAt":"2026-12-01T03:00:00Z","executionInput":{"requestId":"req-9","fileSystemId":"fs-0123456789abcdef0","authToken":"AKIAIOSFODNN7EXAMPLE-secret"}}""";

        await Function().InvokeAsync(input, Invocation, CancellationToken.None);

        Assert.Contains("req-9", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("AKIAIOSFODNN7EXAMPLE-secret", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("authToken", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("fs-0123456789abcdef0", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheRequestIdIsGivenExplicitly_ShouldPreferItToTheExecutionInputs()
    {
        await Function().InvokeAsync(Input("replicate-file-system", "succeeded", ""","requestId":"req-explicit" """), Invocation, CancellationToken.None);

        Assert.All(MetricDocuments(), document => Assert.Equal("req-explicit", (string?)document["requestId"]));
    }

    [Fact]
    public async Task InvokeAsync_WhenTheExecutionInputHasNoRequestId_ShouldRecordTheOutcomeWithoutOne()
    {
        await Function().InvokeAsync("""{"workflow":"replicate-file-system","outcome":"failed","startedAt":"2026-12-01T03:00:00Z","executionInput":{"sourceFileSystemId":"fs-1"}}""", Invocation, CancellationToken.None);

        Assert.Equal(2, MetricDocuments().Count);
        Assert.All(MetricDocuments(), document => Assert.Null(document["requestId"]));
    }

    [Theory]
    [InlineData("""{"outcome":"succeeded","startedAt":"2026-12-01T03:00:00Z"}""", "workflow must be one of")]
    [InlineData("""{"workflow":"nightly-snapshots","outcome":"succeeded","startedAt":"2026-12-01T03:00:00Z"}""", "not 'nightly-snapshots'")]
    [InlineData("""{"workflow":"teardown-file-system","outcome":"rolled-back","startedAt":"2026-12-01T03:00:00Z"}""", "outcome of teardown-file-system must be one of succeeded, failed, not 'rolled-back'")]
    [InlineData("""{"workflow":"teardown-file-system","startedAt":"2026-12-01T03:00:00Z"}""", "outcome of teardown-file-system must be one of")]
    [InlineData("""{"workflow":"teardown-file-system","outcome":"succeeded"}""", "startedAt is required")]
    [InlineData("""{"workflow":"teardown-file-system","outcome":"succeeded","startedAt":"yesterday"}""", "not a valid RecordWorkflowOutcomeInput")]
    [InlineData("""{"workflow":"teardown-file-system","outcome":"succeeded","startedAt":"2026-12-01T03:00:00Z","extra":1}""", "not a valid RecordWorkflowOutcomeInput")]
    [InlineData("null", "the event is null")]
    public async Task InvokeAsync_WhenTheInputIsInvalid_ShouldFailWithValidationErrorAndEmitNothing(string eventJson, string expected)
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Function().InvokeAsync(eventJson, Invocation, CancellationToken.None));

        Assert.Equal(ErrorNames.ValidationError, error.ErrorType);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(MetricDocuments());
    }
}
