using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.Outcomes;

/// <summary>
/// Handler <c>RecordWorkflowOutcome</c>: the EFS state machines' last task on every success and failure path; emits the
/// outcome's metrics in the embedded metric format. The state machines catch its failures, so metrics never fail a workflow.
/// </summary>
public sealed class RecordWorkflowOutcomeFunction : JsonLambdaFunction<RecordWorkflowOutcomeInput, RecordedWorkflowOutcome>
{
    public const string HandlerName = "RecordWorkflowOutcome";

    private readonly WorkflowOutcomeRecorder recorder;

    public RecordWorkflowOutcomeFunction(WorkflowOutcomeRecorder recorder)
        : base(FunctionsJsonContext.Default.RecordWorkflowOutcomeInput, FunctionsJsonContext.Default.RecordedWorkflowOutcome)
    {
        this.recorder = recorder;
    }

    public override string Name => HandlerName;

    protected override Task<RecordedWorkflowOutcome> HandleAsync(RecordWorkflowOutcomeInput input, LambdaInvocation invocation, CancellationToken cancellationToken) =>
        Task.FromResult(recorder.Record(input));
}
