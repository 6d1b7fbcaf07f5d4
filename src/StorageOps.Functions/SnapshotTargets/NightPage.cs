using System.Text.Json.Serialization;

namespace StorageOps.Functions.SnapshotTargets;

/// <summary>One service page of the night's discovery: where it starts, where the next starts, and its share of the summary budget.</summary>
/// <param name="Cursor">The discovery cursor at this service page's start; null for the night's first page.</param>
/// <param name="Until">The next service page's start cursor; null for the last page.</param>
/// <param name="BudgetBytes">The byte budget of this page's summary, so every page summary together stays near 150,000 bytes.</param>
public sealed record NightPage(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Cursor,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Until,
    int BudgetBytes);
