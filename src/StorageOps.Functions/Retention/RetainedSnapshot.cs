namespace StorageOps.Functions.Retention;

/// <summary>One snapshot (or copy) of a cluster, as retention sees it.</summary>
/// <param name="Id">The snapshot's identifier, name or ARN: what a delete needs.</param>
/// <param name="Night">The night it protects: from our tag or name, else the day it was created.</param>
/// <param name="CreatedAt">When it was created; orders snapshots of the same night.</param>
/// <param name="Owned">It carries our ownership tag. Retention never deletes, and never counts, anything else.</param>
/// <param name="Settled">Its creation or copy has ended (available, ACTIVE, failed); one still creating is never deleted.</param>
public sealed record RetainedSnapshot(string Id, DateOnly Night, DateTimeOffset CreatedAt, bool Owned, bool Settled);
