using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Lambda;
using StorageOps.StatesLanguage.Paths;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.StatesLanguage.Execution;

/// <summary>The mutable state of one execution: identity, history, randomness and cancellation.</summary>
internal sealed class ExecutionRun
{
    private readonly List<HistoryEvent> _events = [];
    private readonly Action<HistoryEvent>? _onEvent;

    public ExecutionRun(
        VirtualClock clock,
        ILambdaInvoker lambdaInvoker,
        string stateMachineArn,
        string executionName,
        string? roleArn,
        JsonNode? input,
        Random random,
        Action<HistoryEvent>? onEvent,
        CancellationToken cancellationToken)
    {
        Clock = clock;
        LambdaInvoker = lambdaInvoker;
        StateMachineArn = stateMachineArn;
        Name = executionName;
        Random = random;
        _onEvent = onEvent;
        CancellationToken = cancellationToken;
        StartTime = clock.GetUtcNow();

        var arnParts = stateMachineArn.Split(':');
        Region = arnParts.Length > 3 && arnParts[3].Length > 0 ? arnParts[3] : "us-east-1";
        StateMachineName = arnParts.Length > 6 ? arnParts[6] : stateMachineArn;
        ExecutionArn = arnParts.Length > 6
            ? string.Join(':', arnParts[..5]) + $":execution:{StateMachineName}:{executionName}"
            : $"{stateMachineArn}:{executionName}";

        ExecutionContextObject = new JsonObject
        {
            ["Id"] = ExecutionArn,
            ["Input"] = JsonValues.Copy(input),
            ["Name"] = executionName,
            ["RoleArn"] = roleArn,
            ["StartTime"] = Rfc3339Timestamp.Format(StartTime),
            ["RedriveCount"] = 0,
        };
    }

    public VirtualClock Clock { get; }

    public ILambdaInvoker LambdaInvoker { get; }

    public string StateMachineArn { get; }

    public string StateMachineName { get; }

    public string ExecutionArn { get; }

    public string Name { get; }

    public string Region { get; }

    public Random Random { get; }

    public DateTimeOffset StartTime { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The $$.Execution part of the context object, the same for every state.</summary>
    public JsonObject ExecutionContextObject { get; }

    public IReadOnlyList<HistoryEvent> Events => _events;

    public HistoryEvent Emit(HistoryEventType type, HistoryEventDetails? details)
    {
        var id = _events.Count + 1;
        var historyEvent = new HistoryEvent(id, id - 1, Clock.GetUtcNow(), type, details);
        _events.Add(historyEvent);
        _onEvent?.Invoke(historyEvent);
        return historyEvent;
    }
}
