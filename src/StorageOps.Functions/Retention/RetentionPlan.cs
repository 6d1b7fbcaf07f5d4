namespace StorageOps.Functions.Retention;

/// <summary>What retention decided for one cluster: the owned snapshots it keeps and the ones it deletes (or would, in a dry run).</summary>
public sealed record RetentionPlan(IReadOnlyList<RetainedSnapshot> Keep, IReadOnlyList<RetainedSnapshot> Delete);
