using System.Text.Json;
using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.NightSummaries;

/// <summary>RecordNightResults's input: the summary so far and one page, whose Map results are aligned with its targets by index.</summary>
/// <param name="Results">Per target, its <see cref="TargetResult"/>, or the <c>{"Error", "Cause"}</c> that Step Functions puts in the slot of a child that failed outright.</param>
/// <param name="Final">This was the night's last page (the discovery cursor is null): the night's duration is emitted.</param>
/// <param name="BudgetBytes">The summary's byte budget (a page's share, from PlanNightPages); absent: <see cref="NightSummaryBudget.MaxBytes"/>.</param>
public sealed record RecordNightResultsInput(
    Night? Night,
    NightSummary? Summary,
    IReadOnlyList<SnapshotTarget>? Targets,
    IReadOnlyList<TargetResult>? Skipped,
    IReadOnlyList<JsonElement>? Results,
    bool? Final,
    int? BudgetBytes = null);
