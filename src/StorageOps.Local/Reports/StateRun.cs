namespace StorageOps.Local.Reports;

/// <summary>Everything one execution did in one state: every visit, and the status the graph shows for it (the worst of its visits).</summary>
public sealed record StateRun(string StateName, StateStatus Status, IReadOnlyList<StateVisit> Visits);
