namespace StorageOps.Functions.SnapshotTargets;

/// <summary>PlanNightPages's output: the night's service pages in order, and where planning resumes (null: the plan is complete).</summary>
/// <param name="Resume">Set when a listing was throttled after progress: the cursor of the service page the next call lists first.</param>
public sealed record NightPagePlan(IReadOnlyList<NightPage> Pages, string? Resume = null);
