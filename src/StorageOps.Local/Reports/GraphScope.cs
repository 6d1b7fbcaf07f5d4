namespace StorageOps.Local.Reports;

/// <summary>
/// One graph of states that transition among themselves: the state machine's top level, a Map's item processor or one
/// branch of a Parallel (transitions never leave a scope).
/// </summary>
public sealed record GraphScope(string Id, string? Label, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    /// <summary>Every node of this scope and of the scopes inside it.</summary>
    public IEnumerable<GraphNode> AllNodes() => Nodes.SelectMany(node => node.Children.SelectMany(child => child.AllNodes()).Prepend(node));
}
