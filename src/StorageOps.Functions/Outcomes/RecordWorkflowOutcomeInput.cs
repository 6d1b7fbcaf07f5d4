using System.Text.Json;

namespace StorageOps.Functions.Outcomes;

/// <summary>
/// Input of the RecordWorkflowOutcome handler, the last task of each EFS state machine on its success and failure paths:
/// <c>{"workflow", "outcome", "startedAt": $$.Execution.StartTime, "executionArn": $$.Execution.Id, "executionInput": $$.Execution.Input}</c>.
/// </summary>
public sealed record RecordWorkflowOutcomeInput
{
    /// <summary>The state machine: one of <see cref="WorkflowOutcomes.Workflows"/>.</summary>
    public string? Workflow { get; init; }

    /// <summary>One of the workflow's outcomes (<see cref="WorkflowOutcomes.OutcomesOf"/>).</summary>
    public string? Outcome { get; init; }

    /// <summary>When the execution started ($$.Execution.StartTime); the duration runs from here to now.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>Our request id, when the caller has it at hand.</summary>
    public string? RequestId { get; init; }

    /// <summary>The execution ($$.Execution.Id).</summary>
    public string? ExecutionArn { get; init; }

    /// <summary>
    /// The execution's input ($$.Execution.Input), read only for its top-level <c>requestId</c> when
    /// <see cref="RequestId"/> is absent. The state machines pass this rather than <c>$.requestId</c>: a JSONPath that
    /// matches nothing is a States.Runtime error no Catch can handle, and a request that failed validation may lack it.
    /// </summary>
    public JsonElement? ExecutionInput { get; init; }
}
