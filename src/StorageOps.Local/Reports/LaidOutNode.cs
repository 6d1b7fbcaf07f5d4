namespace StorageOps.Local.Reports;

/// <summary>A node where the layout put it; a container's <see cref="Children"/> lie inside its <see cref="Box"/>.</summary>
public sealed record LaidOutNode(GraphNode Node, LayoutBox Box, IReadOnlyList<LaidOutScope> Children);
