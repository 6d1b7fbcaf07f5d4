namespace StorageOps.Local.Reports;

/// <summary>A scope laid out: the box its nodes and edges fill, in absolute coordinates of the drawing.</summary>
public sealed record LaidOutScope(GraphScope Scope, LayoutBox Box, IReadOnlyList<LaidOutNode> Nodes, IReadOnlyList<LaidOutEdge> Edges)
{
    /// <summary>Every node of this scope and of the scopes inside it.</summary>
    public IEnumerable<LaidOutNode> AllNodes() => Nodes.SelectMany(node => node.Children.SelectMany(child => child.AllNodes()).Prepend(node));

    /// <summary>Every edge of this scope and of the scopes inside it.</summary>
    public IEnumerable<LaidOutEdge> AllEdges() => Edges.Concat(Nodes.SelectMany(node => node.Children.SelectMany(child => child.AllEdges())));
}
