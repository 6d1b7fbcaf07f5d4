using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.States;

namespace Polling.Benchmarks;

/// <summary>What one execution cost and, per polling loop, when it began waiting and when it noticed its resource.</summary>
/// <param name="Loops">Per describe state: the virtual time its loop's Wait was first entered, its describe last entered, and how often it was entered.</param>
public sealed record WorkflowMeasurement(
    ExecutionStatus Status,
    string? Error,
    int Transitions,
    int Invocations,
    IReadOnlyDictionary<string, PollingLoopMeasurement> Loops)
{
    public static WorkflowMeasurement Of(ExecutionResult result, StateMachineDefinition definition)
    {
        var entered = result.History.Where(entry => entry.Type.ToString().EndsWith("StateEntered", StringComparison.Ordinal)).ToList();
        var loops = new Dictionary<string, PollingLoopMeasurement>(StringComparer.Ordinal);
        foreach (var (wait, describe) in WaitsBeforeTasks(definition.Graph))
        {
            var describes = entered.Where(entry => entry.StateName == describe).ToList();
            var waits = entered.Where(entry => entry.StateName == wait).ToList();
            if (describes.Count > 0 && waits.Count > 0)
            {
                loops[describe] = new PollingLoopMeasurement(waits[0].Timestamp, describes[^1].Timestamp, describes.Count);
            }
        }

        return new WorkflowMeasurement(
            result.Status,
            result.Error,
            entered.Count,
            result.History.Count(entry => entry.Type == HistoryEventType.LambdaFunctionScheduled
                || entry.Details is TaskScheduledEventDetails { ResourceType: "lambda" }),
            loops);
    }

    /// <summary>Every Wait state whose Next is a Task, in the graph and inside its Parallel branches and Map item processors.</summary>
    private static IEnumerable<(string Wait, string Task)> WaitsBeforeTasks(StateGraph graph)
    {
        foreach (var (name, state) in graph.States)
        {
            if (state is WaitState { Transition.Next: { } next } && graph.States.GetValueOrDefault(next) is TaskState)
            {
                yield return (name, next);
            }

            var nested = state switch
            {
                MapState map => [map.ItemProcessor],
                ParallelState parallel => parallel.Branches,
                _ => [],
            };
            foreach (var loop in nested.SelectMany(WaitsBeforeTasks))
            {
                yield return loop;
            }
        }
    }
}
