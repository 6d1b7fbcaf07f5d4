using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Integrations;
using StorageOps.StatesLanguage.Lambda;
using StorageOps.StatesLanguage.Mocking;
using StorageOps.StatesLanguage.Paths;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.StatesLanguage.Execution;

/// <summary>The mutable state of one execution: identity, history, randomness and cancellation.</summary>
internal sealed class ExecutionRun
{
    /// <summary>Step Functions' hard quota of history events per execution.</summary>
    public const int MaxHistoryEvents = 25_000;

    private readonly List<HistoryEvent> _events = [];
    private readonly Lock _eventsGate = new();
    private readonly Action<HistoryEvent>? _onEvent;
    private readonly Lazy<TaskScheduler> _branchScheduler;

    public ExecutionRun(
        VirtualClock clock,
        ILambdaInvoker lambdaInvoker,
        IServiceIntegrationInvoker serviceInvoker,
        string stateMachineArn,
        string executionName,
        string? roleArn,
        JsonNode? input,
        Random random,
        Action<HistoryEvent>? onEvent,
        MockedTestCase? mocks,
        CancellationToken cancellationToken,
        Lazy<TaskScheduler>? branchScheduler = null,
        MockInvocationCounters? mockCounters = null)
    {
        Clock = clock;
        LambdaInvoker = lambdaInvoker;
        ServiceInvoker = serviceInvoker;
        StateMachineArn = stateMachineArn;
        Name = executionName;
        Random = random;
        _onEvent = onEvent;
        Mocks = mocks;
        MockCounters = mockCounters ?? new MockInvocationCounters();
        CancellationToken = cancellationToken;
        StartTime = clock.GetUtcNow();
        // Branches and iterations of one execution take turns on one exclusive scheduler, in FIFO order, so that
        // their history interleaves the same way on every run.
        _branchScheduler = branchScheduler ?? new Lazy<TaskScheduler>(() => new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, 1).ExclusiveScheduler);

        var arnParts = stateMachineArn.Split(':');
        Region = arnParts.Length > 3 && arnParts[3].Length > 0 ? arnParts[3] : "us-east-1";
        Account = arnParts.Length > 4 && arnParts[4].Length > 0 ? arnParts[4] : "123456789012";
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

    public IServiceIntegrationInvoker ServiceInvoker { get; }

    public MockedTestCase? Mocks { get; }

    public MockInvocationCounters MockCounters { get; }

    public string StateMachineArn { get; }

    public string StateMachineName { get; }

    public string ExecutionArn { get; }

    public string Name { get; }

    public string Region { get; }

    public string Account { get; }

    public Random Random { get; }

    public DateTimeOffset StartTime { get; }

    public CancellationToken CancellationToken { get; }

    public TaskScheduler BranchScheduler => _branchScheduler.Value;

    /// <summary>The $$.Execution part of the context object, the same for every state.</summary>
    public JsonObject ExecutionContextObject { get; }

    public IReadOnlyList<HistoryEvent> Events
    {
        get
        {
            lock (_eventsGate)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>A child workflow execution of a distributed Map: its own history, the parent's clock, invokers, mocks and turn-taking.</summary>
    public ExecutionRun CreateChild(string stateMachineArn, string executionName, JsonNode? input, CancellationToken cancellationToken) =>
        new(Clock, LambdaInvoker, ServiceInvoker, stateMachineArn, executionName, ExecutionContextObject["RoleArn"]?.GetValue<string>(), input, Random, null, Mocks,
            cancellationToken, _branchScheduler, MockCounters);

    /// <summary>Appends an event; past the history quota the execution ends (see <see cref="HistoryLimitExceededException"/>).</summary>
    public HistoryEvent Emit(HistoryEventType type, HistoryEventDetails? details)
    {
        HistoryEvent historyEvent;
        lock (_eventsGate)
        {
            var isExecutionEnd = type is HistoryEventType.ExecutionFailed or HistoryEventType.ExecutionSucceeded
                or HistoryEventType.ExecutionAborted or HistoryEventType.ExecutionTimedOut;
            // The last slot is kept for the ExecutionFailed event that reports the limit.
            if (!isExecutionEnd && _events.Count >= MaxHistoryEvents - 1)
            {
                throw new HistoryLimitExceededException(MaxHistoryEvents);
            }

            var id = _events.Count + 1;
            historyEvent = new HistoryEvent(id, id - 1, Clock.GetUtcNow(), type, details);
            _events.Add(historyEvent);
        }

        _onEvent?.Invoke(historyEvent);
        return historyEvent;
    }
}
