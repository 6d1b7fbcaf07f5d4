namespace StorageOps.Local.Reports;

/// <summary>
/// What links an execution's page to the pages around it: its parent's page (for a child execution of a Map Run),
/// its own Map Runs' child pages, and the status of each item-processor state over all children (worst first).
/// </summary>
public sealed record ExecutionPageLinks(ParentPageLink? Parent, IReadOnlyList<MapRunLinks> MapRuns, IReadOnlyDictionary<string, StateStatus> ChildStateStatuses)
{
    public static readonly ExecutionPageLinks None = new(null, [], new Dictionary<string, StateStatus>());
}
