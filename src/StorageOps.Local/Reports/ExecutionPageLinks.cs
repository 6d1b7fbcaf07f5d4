namespace StorageOps.Local.Reports;

/// <summary>
/// What links an execution's page to the pages around it: its parent's page (for a child execution of a Map Run),
/// its own Map Runs' child pages, and the status of each item-processor state over all children and their own children (the worst).
/// </summary>
public sealed record ExecutionPageLinks(ParentPageLink? Parent, IReadOnlyList<MapRunLinks> MapRuns, IReadOnlyDictionary<string, StateStatus> ChildStateStatuses)
{
    public static readonly ExecutionPageLinks None = new(null, [], new Dictionary<string, StateStatus>());

    /// <summary>
    /// A state run in child executions: the worst it did in any of them, not reached when no child entered it, and
    /// unknown (null) when this page knows of no Map Run.
    /// </summary>
    public StateStatus? ChildStatusOf(string stateName) =>
        ChildStateStatuses.TryGetValue(stateName, out var status) ? status : MapRuns.Count > 0 ? StateStatus.NotReached : null;
}
