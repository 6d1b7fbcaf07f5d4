using StorageOps.Functions.Composition;

namespace StorageOps.Functions.Outcomes;

/// <summary>The workflow outcome handler and what it is built from (no AWS client: metrics are log lines).</summary>
public static class WorkflowOutcomeRegistrations
{
    public static IReadOnlyList<FunctionRegistration> All { get; } =
    [
        new(RecordWorkflowOutcomeFunction.HandlerName, context => new RecordWorkflowOutcomeFunction(new WorkflowOutcomeRecorder(context.Logger))),
    ];
}
