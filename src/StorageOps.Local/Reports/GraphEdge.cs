namespace StorageOps.Local.Reports;

/// <summary>
/// A transition between two nodes of one scope. <see cref="Label"/> is what the graph prints beside the edge (short);
/// <see cref="Title"/> the whole text, shown on hover.
/// </summary>
public sealed record GraphEdge(string From, string To, GraphEdgeKind Kind, string? Label = null, string? Title = null);
