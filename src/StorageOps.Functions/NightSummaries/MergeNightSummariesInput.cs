using System.Text.Json;
using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.NightSummaries;

/// <summary>MergeNightSummaries's input: StartNight's summary (the quota), the night's planned pages and the page Map's results, aligned by index.</summary>
/// <param name="Results">Per page, its page summary, or the <c>{"Error", "Cause"}</c> Step Functions puts in the slot of a page child that failed outright.</param>
public sealed record MergeNightSummariesInput(
    Night? Night,
    NightSummary? Summary,
    IReadOnlyList<NightPage>? Pages,
    IReadOnlyList<JsonElement>? Results);
