using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Functions.NightSummaries;
using StorageOps.Functions.Serialization;
using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.Tests.NightSummaries;

/// <summary>Builds RecordNightResults inputs as the nightly state machine does: the night, the summary so far, a page and its Map results.</summary>
internal static class NightPages
{
    public const string NightJson =
        """{"date":"2026-12-01","scheduledTime":"2026-12-01T03:00:00Z","deadline":"2026-12-01T07:00:00Z","retention":{"keepDaily":7,"keepWeekly":4,"keepMonthly":3,"minKeep":3,"dryRun":false},"maxConcurrency":40,"toleratedFailurePercentage":5}""";

    public static readonly DateTimeOffset ScheduledTime = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    public static NightSummary EmptySummary(int used = 12) => NightSummary.Empty("2026-12-01", dryRun: false, SnapshotQuotaUsage.Of("eu-west-1", used, 100));

    public static SnapshotTarget Aurora(string cluster) => new(cluster, SnapshotTargetKinds.Aurora, $"arn:aws:rds:eu-west-1:123456789012:cluster:{cluster}");

    public static TargetResult Succeeded(string cluster, double? duration = 31.0, params string[] pruned) =>
        new(cluster, SnapshotTargetKinds.Aurora, TargetOutcomes.Succeeded, NightlySnapshotName.For(cluster, new DateOnly(2026, 12, 1)), pruned, duration);

    public static TargetResult Failed(string cluster, string cause) =>
        new(cluster, SnapshotTargetKinds.Aurora, TargetOutcomes.Failed, Error: "StorageOps.SnapshotFailed", Cause: cause);

    public static JsonNode Slot(string error, string cause) => new JsonObject { ["Error"] = error, ["Cause"] = cause };

    public static JsonNode Result(TargetResult result) => JsonNode.Parse(JsonSerializer.Serialize(result, FunctionsJsonContext.Default.TargetResult))!;

    public static string Input(NightSummary summary, IEnumerable<SnapshotTarget> targets, IEnumerable<JsonNode?> results, IEnumerable<TargetResult>? skipped = null, bool final = false)
    {
        var input = new JsonObject
        {
            ["night"] = JsonNode.Parse(NightJson),
            ["summary"] = JsonNode.Parse(JsonSerializer.Serialize(summary, FunctionsJsonContext.Default.NightSummary)),
            ["targets"] = new JsonArray([.. targets.Select(target => JsonNode.Parse(JsonSerializer.Serialize(target, FunctionsJsonContext.Default.SnapshotTarget)))]),
            ["skipped"] = new JsonArray([.. (skipped ?? []).Select(Result)]),
            ["results"] = new JsonArray([.. results.Select(result => result?.DeepClone())]),
            ["final"] = final,
        };
        return input.ToJsonString();
    }
}
