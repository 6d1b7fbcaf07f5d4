namespace StorageOps.Functions.NightSummaries;

/// <summary>
/// The night's one-line answer and its detail: the nightly execution's output and the detail of its EventBridge event.
/// Counts are always exact; <see cref="Results"/> holds failures first, then skipped targets, then successes, as far as they fit the
/// byte budget (<see cref="NightSummaryBudget"/>), and <see cref="OmittedResults"/> counts the rest.
/// </summary>
/// <param name="Night">The night, <c>yyyy-MM-dd</c>.</param>
/// <param name="Passed">No target failed.</param>
/// <param name="Targets">Succeeded + failed + skipped.</param>
/// <param name="Pruned">Owned snapshots deleted by retention over every target (or that would have been, in a dry run).</param>
/// <param name="DryRun">Retention only reported what it would delete.</param>
public sealed record NightSummary(
    string Night,
    bool Passed,
    int Targets,
    int Succeeded,
    int Failed,
    int Skipped,
    int Pruned,
    bool DryRun,
    SnapshotQuotaUsage Quota,
    int OmittedResults,
    IReadOnlyList<TargetResult> Results)
{
    /// <summary>The summary of a night nothing has been recorded for yet.</summary>
    public static NightSummary Empty(string night, bool dryRun, SnapshotQuotaUsage quota) =>
        new(night, Passed: true, Targets: 0, Succeeded: 0, Failed: 0, Skipped: 0, Pruned: 0, dryRun, quota, OmittedResults: 0, Results: []);
}
