using StorageOps.StatesLanguage.History;

namespace StorageOps.Local.Reports;

/// <summary>
/// Reads an execution's history as the report shows it: what happened in each state (<see cref="States"/>) and one
/// row per event (<see cref="Rows"/>).
/// </summary>
/// <remarks>
/// The history names a state only on its entered and exited events; the task, Map and Parallel events between them are
/// given to the latest entered state, not yet exited, of the kind that emits them (inline Map iterations and Parallel
/// branches interleave, so when two iterations of one Task state run at once, a failure may be counted on the other
/// iteration's visit — of the same state, so the state's status is the same). A visit that never exited failed:
/// nothing else ends a state without its exited event (the report is of a finished execution).
/// </remarks>
public sealed class ExecutionTimeline
{
    private ExecutionTimeline(IReadOnlyDictionary<string, StateRun> states, IReadOnlyList<HistoryRow> rows, DateTimeOffset? start)
    {
        States = states;
        Rows = rows;
        Start = start;
    }

    /// <summary>Every state the execution entered, by name; a state that is not here was not reached.</summary>
    public IReadOnlyDictionary<string, StateRun> States { get; }

    public IReadOnlyList<HistoryRow> Rows { get; }

    /// <summary>When the execution started (its first event), or null for an empty history.</summary>
    public DateTimeOffset? Start { get; }

    public StateStatus StatusOf(string stateName) => States.TryGetValue(stateName, out var run) ? run.Status : StateStatus.NotReached;

    public static ExecutionTimeline From(IReadOnlyList<HistoryEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var start = history.Count > 0 ? history[0].Timestamp : (DateTimeOffset?)null;
        var visits = new List<VisitBuilder>();
        var open = new List<VisitBuilder>();
        var rows = new List<HistoryRow>(history.Count);
        foreach (var historyEvent in history)
        {
            VisitBuilder? owner;
            TimeSpan? duration = null;
            switch (historyEvent.Details)
            {
                case StateEnteredEventDetails entered:
                    owner = new VisitBuilder(entered.Name, KindOf(historyEvent.Type), historyEvent.Timestamp, entered.Input);
                    visits.Add(owner);
                    open.Add(owner);
                    break;
                case StateExitedEventDetails exited:
                    owner = open.LastOrDefault(visit => visit.StateName == exited.Name);
                    if (owner is not null)
                    {
                        owner.Exit(historyEvent.Timestamp, exited.Output);
                        open.Remove(owner);
                        duration = historyEvent.Timestamp - owner.Entered;
                    }

                    break;
                default:
                    owner = OwnerKind(historyEvent.Type) is { } kind ? open.LastOrDefault(visit => visit.Kind == kind) : null;
                    duration = owner?.Record(historyEvent);
                    break;
            }

            var (error, cause) = ErrorOf(historyEvent.Details);
            rows.Add(new HistoryRow(historyEvent.Id, historyEvent.Timestamp, start is { } started ? historyEvent.Timestamp - started : TimeSpan.Zero,
                historyEvent.Type, owner?.StateName, duration, error, cause));
        }

        var states = visits
            .GroupBy(visit => visit.StateName, StringComparer.Ordinal)
            .Select(group =>
            {
                var stateVisits = group.Select(visit => visit.Build()).ToList();
                return new StateRun(group.Key, stateVisits.Max(visit => visit.Status), stateVisits);
            })
            .ToDictionary(run => run.StateName, StringComparer.Ordinal);
        return new ExecutionTimeline(states, rows, start);
    }

    /// <summary>The state type an event type belongs to: TaskStateEntered → Task.</summary>
    private static string KindOf(HistoryEventType type)
    {
        var name = type.ToString();
        var end = name.IndexOf("State", StringComparison.Ordinal);
        return end > 0 ? name[..end] : name;
    }

    /// <summary>Which kind of state emits the (state-less) event, or null for execution-level events.</summary>
    private static string? OwnerKind(HistoryEventType type) => type.ToString() switch
    {
        var name when name.StartsWith("Task", StringComparison.Ordinal) || name.StartsWith("LambdaFunction", StringComparison.Ordinal) => "Task",
        var name when name.StartsWith("Map", StringComparison.Ordinal) => "Map",
        var name when name.StartsWith("Parallel", StringComparison.Ordinal) => "Parallel",
        var name when name.StartsWith("Wait", StringComparison.Ordinal) => "Wait",
        _ => null,
    };

    private static (string? Error, string? Cause) ErrorOf(HistoryEventDetails? details) => details switch
    {
        TaskFailedEventDetails failed => (failed.Error, failed.Cause),
        LambdaFunctionFailedEventDetails failed => (failed.Error, failed.Cause),
        MapRunFailedEventDetails failed => (failed.Error, failed.Cause),
        ExecutionFailedEventDetails failed => (failed.Error, failed.Cause),
        _ => (null, null),
    };

    private sealed class VisitBuilder(string stateName, string kind, DateTimeOffset entered, string input)
    {
        private readonly List<StateFailure> failures = [];
        private int attempts;
        private bool lastAttemptFailed;
        private DateTimeOffset? attemptStarted;
        private DateTimeOffset? exited;
        private string? output;

        public string StateName { get; } = stateName;

        public string Kind { get; } = kind;

        public DateTimeOffset Entered { get; } = entered;

        public void Exit(DateTimeOffset timestamp, string exitOutput)
        {
            exited = timestamp;
            output = exitOutput;
        }

        /// <summary>Counts attempts and failures; returns how long the attempt an event ends took.</summary>
        public TimeSpan? Record(HistoryEvent historyEvent)
        {
            switch (historyEvent.Type)
            {
                case HistoryEventType.TaskScheduled or HistoryEventType.LambdaFunctionScheduled
                    or HistoryEventType.MapStateStarted or HistoryEventType.ParallelStateStarted:
                    attempts++;
                    lastAttemptFailed = false;
                    attemptStarted = historyEvent.Timestamp;
                    return null;
                case HistoryEventType.TaskSucceeded or HistoryEventType.LambdaFunctionSucceeded
                    or HistoryEventType.MapStateSucceeded or HistoryEventType.ParallelStateSucceeded:
                    lastAttemptFailed = false;
                    return historyEvent.Timestamp - attemptStarted;
                case HistoryEventType.TaskFailed or HistoryEventType.TaskTimedOut or HistoryEventType.LambdaFunctionFailed
                    or HistoryEventType.LambdaFunctionTimedOut or HistoryEventType.MapStateFailed or HistoryEventType.ParallelStateFailed
                    or HistoryEventType.MapRunFailed:
                    var (error, cause) = ErrorOf(historyEvent.Details);
                    // A Map Run's failure is followed by the Map state's own: one failed attempt, reported once, with the Run's error.
                    if (!(historyEvent.Type == HistoryEventType.MapStateFailed && lastAttemptFailed))
                    {
                        failures.Add(new StateFailure(historyEvent.Timestamp, error, cause));
                    }

                    lastAttemptFailed = true;
                    return historyEvent.Timestamp - attemptStarted;
                default:
                    return null;
            }
        }

        public StateVisit Build()
        {
            var status = exited is null ? StateStatus.Failed
                : lastAttemptFailed ? StateStatus.Caught
                : failures.Count > 0 ? StateStatus.Retried
                : StateStatus.Succeeded;
            return new StateVisit(StateName, Entered, input, exited, output, attempts, failures, status);
        }
    }
}
