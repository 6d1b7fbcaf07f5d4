namespace StorageOps.Functions.SnapshotTargets;

/// <summary>DiscoverSnapshotTargets's input: the night, and the cursor the previous page returned (null or absent for the first page).</summary>
/// <param name="Until">Where this walk stops: the cursor of a service page's start (from PlanNightPages) that this page never reads
/// past; the result's cursor is then exactly this text. Null or absent: on to the last page.</param>
public sealed record DiscoverSnapshotTargetsInput(Night? Night, string? Cursor = null, string? Until = null);
