namespace StorageOps.Functions.Outcomes;

/// <summary>What RecordWorkflowOutcome recorded: the metric values it emitted (the state machines discard it, ResultPath null).</summary>
public sealed record RecordedWorkflowOutcome(
    string Workflow,
    string Outcome,
    string? RequestId,
    string? ExecutionArn,
    double DurationSeconds,
    IReadOnlyDictionary<string, double> Metrics);
