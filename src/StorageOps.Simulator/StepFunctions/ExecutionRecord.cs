using System.Text.Json.Nodes;

namespace StorageOps.Simulator.StepFunctions;

/// <summary>One execution and its history; the history is mutated only under the backend's lock.</summary>
public sealed class ExecutionRecord
{
    private readonly List<JsonObject> history = [];
    private volatile ExecutionOutcome? outcome;

    internal ExecutionRecord(StateMachineRecord stateMachine, ExecutionStart start)
    {
        StateMachine = stateMachine;
        Start = start;
    }

    public StateMachineRecord StateMachine { get; }

    public ExecutionStart Start { get; }

    /// <summary>Null while the execution runs; set once, as one immutable value, when it closes.</summary>
    public ExecutionOutcome? Outcome => outcome;

    public string Status => outcome?.Status ?? ExecutionStatuses.Running;

    internal CancellationTokenSource Stopping { get; } = new();

    internal IReadOnlyList<JsonObject> History => history;

    internal void Append(JsonObject historyEvent) => history.Add(historyEvent);

    /// <summary>Closes the execution once; a later outcome (a run finishing after StopExecution) is ignored.</summary>
    internal bool Close(ExecutionOutcome closing)
    {
        if (outcome is not null)
        {
            return false;
        }

        outcome = closing;
        return true;
    }
}
