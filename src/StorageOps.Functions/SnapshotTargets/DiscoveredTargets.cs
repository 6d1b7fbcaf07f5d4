using System.Text.Json.Serialization;
using StorageOps.Functions.NightSummaries;

namespace StorageOps.Functions.SnapshotTargets;

/// <summary>One discovery page: the tagged clusters to protect, the tagged ones that are not available (outcome skipped), and where the next page starts (null: this was the last).</summary>
public sealed record DiscoveredTargets(
    IReadOnlyList<SnapshotTarget> Targets,
    IReadOnlyList<TargetResult> Skipped,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Cursor);
