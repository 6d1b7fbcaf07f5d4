using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Lambda;
using StorageOps.StatesLanguage.Paths;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.StatesLanguage.Execution;

/// <summary>Everything a state needs while it runs: its raw input, the clock, the invokers, the history and the context object.</summary>
internal sealed class StateContext(ExecutionRun run, string stateName, JsonNode? rawInput, DateTimeOffset enteredTime, BranchScope branch)
{
    public ExecutionRun Run { get; } = run;

    public string StateName { get; } = stateName;

    public JsonNode? RawInput { get; } = rawInput;

    public DateTimeOffset EnteredTime { get; } = enteredTime;

    public BranchScope Branch { get; } = branch;

    /// <summary>How many times the state has been retried so far ($$.State.RetryCount).</summary>
    public int RetryCount { get; set; }

    public VirtualClock Clock => Run.Clock;

    public ILambdaInvoker LambdaInvoker => Run.LambdaInvoker;

    /// <summary>Cancelled when the execution ends early, or when a sibling branch or iteration failed.</summary>
    public CancellationToken CancellationToken => Branch.CancellationToken;

    public Random Random => Run.Random;

    public string Region => Run.Region;

    public HistoryEvent Emit(HistoryEventType type, HistoryEventDetails? details) => Run.Emit(type, details);

    public ExpressionScope Scope(JsonNode? input) => new(BuildContextObject, StateName, input, Random);

    public JsonObject BuildContextObject()
    {
        var contextObject = new JsonObject
        {
            ["Execution"] = Run.ExecutionContextObject.DeepClone(),
            ["State"] = new JsonObject
            {
                ["EnteredTime"] = Rfc3339Timestamp.Format(EnteredTime),
                ["Name"] = StateName,
                ["RetryCount"] = RetryCount,
            },
            ["StateMachine"] = new JsonObject
            {
                ["Id"] = Run.StateMachineArn,
                ["Name"] = Run.StateMachineName,
            },
        };
        if (Branch.MapItem is { } item)
        {
            contextObject["Map"] = new JsonObject { ["Item"] = item.DeepClone() };
        }

        return contextObject;
    }
}
