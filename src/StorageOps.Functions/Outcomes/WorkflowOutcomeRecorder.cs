using System.Text.Json;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Logging;
using StorageOps.Functions.Metrics;

namespace StorageOps.Functions.Outcomes;

/// <summary>
/// Turns a workflow's outcome into CloudWatch metrics in the embedded metric format — the workflow's counts (no
/// dimensions, what the alarms read) and its duration (dimension Workflow) — and one log line with the correlation ids.
/// </summary>
public sealed class WorkflowOutcomeRecorder
{
    public const string LogMessage = "workflow outcome";
    private const int MaxIdLength = 2048;

    private readonly FunctionLogger log;

    public WorkflowOutcomeRecorder(FunctionLogger log)
    {
        this.log = log;
    }

    /// <exception cref="InvalidInputException">An unknown workflow or outcome, or no start time.</exception>
    public RecordedWorkflowOutcome Record(RecordWorkflowOutcomeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (workflow, outcome, startedAt) = Validate(input);
        var requestId = Id(input.RequestId) ?? RequestIdOf(input.ExecutionInput);
        var executionArn = Id(input.ExecutionArn);
        var now = log.Time.GetUtcNow();
        // Step Functions' clock and Lambda's may disagree by a little; a duration is never negative.
        var duration = Math.Max(0, Math.Round((now - startedAt).TotalSeconds, 3));

        var counts = WorkflowOutcomes.CountsOf(workflow, outcome);
        List<KeyValuePair<string, string>> properties = [new("workflow", workflow), new("outcome", outcome)];
        if (requestId is not null)
        {
            properties.Add(new(LogKeys.RequestId, requestId));
        }

        if (executionArn is not null)
        {
            properties.Add(new(LogKeys.ExecutionArn, executionArn));
        }

        EmbeddedMetrics.Write(log.Output, now, [.. counts.Select(count => new Metric(count.Key, count.Value, MetricUnits.Count))], properties: properties);
        EmbeddedMetrics.Write(
            log.Output,
            now,
            [new Metric(WorkflowOutcomes.WorkflowDurationSeconds, duration, MetricUnits.Seconds)],
            [new(WorkflowOutcomes.WorkflowDimension, workflow)],
            properties.Where(property => property.Key != "workflow").ToList());

        var level = outcome switch
        {
            WorkflowOutcomes.Succeeded => LogLevels.Info,
            WorkflowOutcomes.RollbackFailed => LogLevels.Error,
            _ => LogLevels.Warn,
        };
        log.Write(level, LogMessage, [
            ("workflow", workflow),
            ("outcome", outcome),
            ("durationSeconds", duration),
            (LogKeys.RequestId, requestId),
            (LogKeys.ExecutionArn, executionArn),
        ]);

        return new RecordedWorkflowOutcome(workflow, outcome, requestId, executionArn, duration, counts.ToDictionary(StringComparer.Ordinal));
    }

    private static (string Workflow, string Outcome, DateTimeOffset StartedAt) Validate(RecordWorkflowOutcomeInput input)
    {
        var problems = new List<string>();
        var workflow = input.Workflow;
        if (workflow is null || !WorkflowOutcomes.Workflows.Contains(workflow))
        {
            problems.Add($"workflow must be one of {string.Join(", ", WorkflowOutcomes.Workflows)}{(workflow is null ? "" : $", not '{Excerpt(workflow)}'")}.");
        }
        else if (input.Outcome is not { } outcome || !WorkflowOutcomes.OutcomesOf(workflow).Contains(outcome))
        {
            problems.Add($"outcome of {workflow} must be one of {string.Join(", ", WorkflowOutcomes.OutcomesOf(workflow))}{(input.Outcome is null ? "" : $", not '{Excerpt(input.Outcome)}'")}.");
        }

        if (input.StartedAt is null)
        {
            problems.Add("startedAt is required ($$.Execution.StartTime).");
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        return (workflow!, input.Outcome!, input.StartedAt!.Value);
    }

    private static string? RequestIdOf(JsonElement? executionInput) =>
        executionInput is { ValueKind: JsonValueKind.Object } input
            && input.TryGetProperty(LogKeys.RequestId, out var requestId)
            && requestId.ValueKind == JsonValueKind.String
            ? Id(requestId.GetString())
            : null;

    private static string? Id(string? value) => value is { Length: > 0 and <= MaxIdLength } ? value : null;

    private static string Excerpt(string value) => value.Length <= 64 ? value : value[..64] + "…";
}
