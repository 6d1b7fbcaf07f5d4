namespace StorageOps.Local.Reports;

/// <summary>An edge as a polyline from the border of its source node to the border of its target node.</summary>
public sealed record LaidOutEdge(GraphEdge Edge, IReadOnlyList<LayoutPoint> Points);
