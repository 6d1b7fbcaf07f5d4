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
    private readonly List<MapRunResult> _mapRuns = [];
    private readonly Action<HistoryEvent>? _onEvent;
    private readonly Lazy<TaskScheduler> _branchScheduler;
    private readonly JsonNode? _input;
    private JsonObject? _executionContextObject;

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

        // arn:aws:states:REGION:ACCOUNT:stateMachine:NAME, read in place: a distributed Map creates one run per item.
        var region = ArnPart(stateMachineArn, 3);
        var account = ArnPart(stateMachineArn, 4);
        var name = ArnPart(stateMachineArn, 6);
        Region = region is { Length: > 0 } ? region : "us-east-1";
        Account = account is { Length: > 0 } ? account : "123456789012";
        StateMachineName = name ?? stateMachineArn;
        ExecutionArn = name is not null
            ? $"arn:{ArnPart(stateMachineArn, 1)}:{ArnPart(stateMachineArn, 2)}:{region}:{account}:execution:{StateMachineName}:{executionName}"
            : $"{stateMachineArn}:{executionName}";

        RoleArn = roleArn;
        _input = JsonValues.Copy(input);
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

    public string? RoleArn { get; }

    /// <summary>The $$.Execution part of the context object, the same for every state; built only once a state reads <c>$$</c>.</summary>
    public JsonObject ExecutionContextObject => LazyInitializer.EnsureInitialized(ref _executionContextObject, () => new JsonObject
    {
        ["Id"] = ExecutionArn,
        ["Input"] = JsonValues.Copy(_input),
        ["Name"] = Name,
        ["RoleArn"] = RoleArn,
        ["StartTime"] = Rfc3339Timestamp.Format(StartTime),
        ["RedriveCount"] = 0,
    });

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

    /// <summary>The history packed (<see cref="CompactHistory"/>) without copying it first, and its length.</summary>
    public (byte[] Packed, int Count) PackEvents()
    {
        lock (_eventsGate)
        {
            return (CompactHistory.Pack(_events), _events.Count);
        }
    }

    /// <summary>The Map Runs recorded so far, in the order they were added.</summary>
    public IReadOnlyList<MapRunResult> MapRuns
    {
        get
        {
            lock (_eventsGate)
            {
                return _mapRuns.Count == 0 ? [] : [.. _mapRuns];
            }
        }
    }

    public void AddMapRun(MapRunResult mapRun)
    {
        lock (_eventsGate)
        {
            _mapRuns.Add(mapRun);
        }
    }

    /// <summary>A child workflow execution of a distributed Map: its own history, the parent's clock, invokers, mocks and turn-taking.</summary>
    public ExecutionRun CreateChild(string stateMachineArn, string executionName, JsonNode? input, CancellationToken cancellationToken)
    {
        var observer = ChildObserver;
        return new(Clock, LambdaInvoker, ServiceInvoker, stateMachineArn, executionName, RoleArn, input, Random,
            observer is null ? null : historyEvent => observer(executionName, historyEvent), Mocks,
            cancellationToken, _branchScheduler, MockCounters)
        {
            ChildObserver = observer,
        };
    }

    /// <summary>Called for every history event of the distributed Map children (at any depth), with the child's execution name.</summary>
    public Action<string, HistoryEvent>? ChildObserver { get; init; }

    /// <summary>The colon-separated part at <paramref name="index"/>, or null when the ARN has fewer parts.</summary>
    private static string? ArnPart(string arn, int index)
    {
        var start = 0;
        for (var part = 0; part < index; part++)
        {
            var colon = arn.IndexOf(':', start);
            if (colon < 0)
            {
                return null;
            }

            start = colon + 1;
        }

        var end = arn.IndexOf(':', start);
        return arn[start..(end < 0 ? arn.Length : end)];
    }

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
