using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.States;

namespace StorageOps.Local.Reports;

/// <summary>
/// A definition as the Step Functions console's graph view draws it: states as nodes, Next/Default/Choice/Catch
/// transitions as edges, Map and Parallel as containers of their inner graphs, and Start and End markers at the top level.
/// </summary>
public static class StateMachineGraph
{
    public static GraphScope From(StateMachineDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var root = Scope("root", null, definition.Graph);
        var start = new GraphNode("root/" + GraphNode.StartMarker, null, GraphNode.StartMarker, []);
        var end = new GraphNode("root/" + GraphNode.EndMarker, null, GraphNode.EndMarker, []);
        var endEdges = definition.Graph.States.Values
            .Where(EndsExecution)
            .Select(state => new GraphEdge(NodeId("root", state.Name), end.Id, GraphEdgeKind.Next));
        return root with
        {
            Nodes = [start, .. root.Nodes, end],
            Edges = [new GraphEdge(start.Id, NodeId("root", definition.StartAt), GraphEdgeKind.Next), .. root.Edges, .. endEdges],
        };
    }

    private static string NodeId(string scopeId, string stateName) => scopeId + "/" + stateName;

    private static GraphScope Scope(string id, string? label, StateGraph graph)
    {
        var nodes = graph.States.Values.Select(state => new GraphNode(NodeId(id, state.Name), state.Name, state.Type, ChildScopes(NodeId(id, state.Name), state))).ToList();
        var edges = graph.States.Values.SelectMany(state => EdgesOf(state).Select(edge => edge with { From = NodeId(id, edge.From), To = NodeId(id, edge.To) })).ToList();
        return new GraphScope(id, label, nodes, edges);
    }

    private static IReadOnlyList<GraphScope> ChildScopes(string nodeId, State state) => state switch
    {
        MapState { IsDistributed: true } map => [Scope(nodeId + "/ItemProcessor", "Item processor (child executions)", map.ItemProcessor) with { RunsInChildExecutions = true }],
        MapState map => [Scope(nodeId + "/ItemProcessor", "Item processor", map.ItemProcessor)],
        ParallelState parallel => [.. parallel.Branches.Select((branch, index) => Scope($"{nodeId}/Branches[{index}]", $"Branch {index + 1}", branch))],
        _ => [],
    };

    private static bool EndsExecution(State state) => state switch
    {
        SucceedState or FailState => true,
        TaskState task => task.Transition.IsEnd,
        PassState pass => pass.Transition.IsEnd,
        WaitState wait => wait.Transition.IsEnd,
        MapState map => map.Transition.IsEnd,
        ParallelState parallel => parallel.Transition.IsEnd,
        _ => false,
    };

    /// <summary>The state's transitions, by state name (made node ids by the caller).</summary>
    private static IEnumerable<GraphEdge> EdgesOf(State state)
    {
        switch (state)
        {
            case ChoiceState choice:
                foreach (var branch in choice.Choices)
                {
                    var text = ChoiceRuleText.Of(branch.Rule);
                    yield return new GraphEdge(state.Name, branch.Next, GraphEdgeKind.Choice, ChoiceRuleText.Shorten(text), text);
                }

                if (choice.Default is { } defaultState)
                {
                    yield return new GraphEdge(state.Name, defaultState, GraphEdgeKind.Default, "Default");
                }

                yield break;
            case TaskState task:
                foreach (var edge in NextAndCatch(state.Name, task.Transition, task.Recovery))
                {
                    yield return edge;
                }

                yield break;
            case MapState map:
                foreach (var edge in NextAndCatch(state.Name, map.Transition, map.Recovery))
                {
                    yield return edge;
                }

                yield break;
            case ParallelState parallel:
                foreach (var edge in NextAndCatch(state.Name, parallel.Transition, parallel.Recovery))
                {
                    yield return edge;
                }

                yield break;
            case PassState { Transition.Next: { } passNext }:
                yield return new GraphEdge(state.Name, passNext, GraphEdgeKind.Next);
                yield break;
            case WaitState { Transition.Next: { } waitNext }:
                yield return new GraphEdge(state.Name, waitNext, GraphEdgeKind.Next);
                yield break;
        }
    }

    private static IEnumerable<GraphEdge> NextAndCatch(string stateName, Transition transition, RecoveryPolicy recovery)
    {
        if (transition.Next is { } next)
        {
            yield return new GraphEdge(stateName, next, GraphEdgeKind.Next);
        }

        foreach (var catcher in recovery.Catchers)
        {
            var errors = string.Join(", ", catcher.ErrorEquals);
            yield return new GraphEdge(stateName, catcher.Next, GraphEdgeKind.Catch, ChoiceRuleText.Shorten(errors), errors);
        }
    }
}
