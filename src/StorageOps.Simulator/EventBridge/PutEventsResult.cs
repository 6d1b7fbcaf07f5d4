namespace StorageOps.Simulator.EventBridge;

/// <summary>What PutEvents answers: one result entry per request entry, in order, and how many of them failed.</summary>
public sealed record PutEventsResult(int FailedEntryCount, IReadOnlyList<PutEventsResultEntry> Entries);
