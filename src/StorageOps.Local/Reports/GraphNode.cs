namespace StorageOps.Local.Reports;

/// <summary>
/// A node of the graph: a state, or the Start/End marker of the top level (<see cref="StateName"/> null). A Map has one
/// child scope (its item processor), a Parallel one per branch; the graph draws them inside the node.
/// </summary>
public sealed record GraphNode(string Id, string? StateName, string Type, IReadOnlyList<GraphScope> Children)
{
    public const string StartMarker = "Start";
    public const string EndMarker = "End";

    public bool IsMarker => StateName is null;

    public bool IsContainer => Children.Count > 0;
}
