using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using StorageOps.Simulator.StepFunctions;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;

namespace StorageOps.Local.Runner;

/// <summary>Runs the simulator's Step Functions executions on the States Language engine, so StartExecution runs the real workflow.</summary>
public sealed class EngineExecutionRunner(StateMachineEngine engine) : IExecutionRunner
{
    private readonly ConcurrentDictionary<string, ExecutionResult> results = new(StringComparer.Ordinal);

    /// <summary>Sees every history event of every execution it runs (the command line's live status).</summary>
    public Action<HistoryEvent>? Observer { get; set; }

    /// <summary>The engine's result of each execution that ended, by execution ARN, for the session and <c>--report</c>.</summary>
    public IReadOnlyDictionary<string, ExecutionResult> Results => results;

    public async Task<ExecutionOutcome> RunAsync(StateMachineRecord stateMachine, ExecutionStart execution, Action<JsonObject> recordEvent, CancellationToken cancellationToken)
    {
        var result = await engine.RunAsync(
            StateMachineDefinition.Parse(stateMachine.Definition),
            JsonNode.Parse(execution.Input),
            new ExecutionOptions
            {
                ExecutionName = execution.Name,
                StateMachineArn = stateMachine.StateMachineArn,
                OnEvent = historyEvent =>
                {
                    recordEvent((JsonObject)ExecutionHistoryJson.EventToJson(historyEvent));
                    Observer?.Invoke(historyEvent);
                },
            },
            cancellationToken);
        results[execution.ExecutionArn] = result;
        var status = result.Status switch
        {
            ExecutionStatus.Succeeded => ExecutionStatuses.Succeeded,
            ExecutionStatus.Failed => ExecutionStatuses.Failed,
            ExecutionStatus.TimedOut => ExecutionStatuses.TimedOut,
            _ => ExecutionStatuses.Aborted,
        };
        return new ExecutionOutcome(status, result.Output?.ToJsonString(), result.Error, result.Cause, result.StopDate);
    }
}
