namespace StorageOps.Local.Reports;

/// <summary>
/// One graph of states that transition among themselves: the state machine's top level, a Map's item processor or one
/// branch of a Parallel (transitions never leave a scope). A distributed Map's item processor runs in child executions,
/// whose events are not in the parent's history (<see cref="RunsInChildExecutions"/>).
/// </summary>
public sealed record GraphScope(string Id, string? Label, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, bool RunsInChildExecutions = false)
{
    /// <summary>The states of every distributed Map's item processor, at any depth.</summary>
    public IEnumerable<string> StatesRunInChildExecutions() =>
        (RunsInChildExecutions ? AllNodes().Where(node => !node.IsMarker).Select(node => node.StateName!) : [])
            .Concat(Nodes.SelectMany(node => node.Children.SelectMany(child => child.StatesRunInChildExecutions())));

    /// <summary>Every node of this scope and of the scopes inside it.</summary>
    public IEnumerable<GraphNode> AllNodes() => Nodes.SelectMany(node => node.Children.SelectMany(child => child.AllNodes()).Prepend(node));
}
