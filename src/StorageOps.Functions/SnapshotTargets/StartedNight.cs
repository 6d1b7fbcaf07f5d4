using System.Text.Json.Serialization;
using StorageOps.Functions.NightSummaries;

namespace StorageOps.Functions.SnapshotTargets;

/// <summary>StartNightlySnapshots's output: the night, its empty summary with the quota counted, and the first discovery cursor (null: from the start).</summary>
public sealed record StartedNight(
    Night Night,
    NightSummary Summary,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Cursor);
