using System.Globalization;
using System.Text.Json.Nodes;

namespace StorageOps.Local.Runner;

/// <summary>The one-line answer to "did tonight's run pass?", read from a night's summary.</summary>
public static class NightVerdict
{
    /// <summary><c>night 2026-12-01: passed — 8 targets, 7 succeeded, 0 failed, 1 skipped, 3 pruned</c>.</summary>
    public static string Of(JsonNode? summary)
    {
        string Count(string member) => ((long?)summary?[member] ?? 0).ToString(CultureInfo.InvariantCulture);
        var verdict = Passed(summary) ? "passed" : "FAILED";
        var dryRun = (bool?)summary?["dryRun"] == true ? " (dry run: pruned = would be deleted)" : "";
        return $"night {(string?)summary?["night"]}: {verdict} — {Count("targets")} targets, {Count("succeeded")} succeeded, {Count("failed")} failed, {Count("skipped")} skipped, {Count("pruned")} pruned{dryRun}";
    }

    public static bool Passed(JsonNode? summary) => (bool?)summary?["passed"] == true;
}
