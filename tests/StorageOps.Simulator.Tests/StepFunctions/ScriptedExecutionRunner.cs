using System.Text.Json.Nodes;
using StorageOps.Simulator.StepFunctions;

namespace StorageOps.Simulator.Tests.StepFunctions;

/// <summary>
/// Stands in for the States Language engine, which the simulator must not reference: succeeds with the input as
/// output, fails when the input asks to, and keeps running while the input says "hold" until stopped.
/// </summary>
internal sealed class ScriptedExecutionRunner(TimeProvider time) : IExecutionRunner
{
    public async Task<ExecutionOutcome> RunAsync(StateMachineRecord stateMachine, ExecutionStart execution, Action<JsonObject> recordEvent, CancellationToken cancellationToken)
    {
        recordEvent(new JsonObject { ["id"] = 1, ["previousEventId"] = 0, ["type"] = "ExecutionStarted" });
        var input = JsonNode.Parse(execution.Input)!;
        if ((bool?)input["hold"] == true)
        {
            var stopped = new TaskCompletionSource<ExecutionOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (cancellationToken.Register(() => stopped.TrySetCanceled(cancellationToken)))
            {
                return await stopped.Task;
            }
        }

        if ((string?)input["fail"] is { } error)
        {
            recordEvent(new JsonObject { ["id"] = 2, ["previousEventId"] = 1, ["type"] = "ExecutionFailed" });
            return new ExecutionOutcome(ExecutionStatuses.Failed, null, error, "scripted failure", time.GetUtcNow());
        }

        recordEvent(new JsonObject { ["id"] = 2, ["previousEventId"] = 1, ["type"] = "ExecutionSucceeded" });
        return new ExecutionOutcome(ExecutionStatuses.Succeeded, execution.Input, null, null, time.GetUtcNow());
    }
}
