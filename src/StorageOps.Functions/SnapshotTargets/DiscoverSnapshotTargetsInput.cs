namespace StorageOps.Functions.SnapshotTargets;

/// <summary>DiscoverSnapshotTargets's input: the night, and the cursor the previous page returned (null or absent for the first page).</summary>
public sealed record DiscoverSnapshotTargetsInput(Night? Night, string? Cursor = null);
