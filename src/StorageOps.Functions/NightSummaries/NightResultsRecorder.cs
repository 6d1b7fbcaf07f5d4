using System.Globalization;
using System.Text.Json;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Metrics;
using StorageOps.Functions.Serialization;
using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.NightSummaries;

/// <summary>Merges one page of the night into its summary and emits the page's counts as CloudWatch metrics (EMF on the function's log).</summary>
/// <remarks>
/// A result without a duration (a child that failed outright leaves only its error slot) gets the time from the night's scheduled
/// time to now: all this step knows, and an upper bound of the target's own time.
/// </remarks>
public sealed class NightResultsRecorder
{
    public const string SucceededMetric = "SnapshotsSucceeded";
    public const string FailedMetric = "SnapshotsFailed";
    public const string SkippedMetric = "TargetsSkipped";
    public const string PrunedMetric = "SnapshotsPruned";
    public const string NightDurationMetric = "NightDurationSeconds";

    private static readonly string[] KnownKinds = [SnapshotTargetKinds.Aurora, SnapshotTargetKinds.DocDbElastic];
    private static readonly string[] KnownOutcomes = [TargetOutcomes.Succeeded, TargetOutcomes.Failed, TargetOutcomes.Skipped];

    private readonly TimeProvider time;
    private readonly TextWriter log;

    public NightResultsRecorder(TimeProvider time, TextWriter log)
    {
        this.time = time;
        this.log = log;
    }

    public NightSummary Record(RecordNightResultsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (night, summary, page, final) = Validate(input);
        var now = time.GetUtcNow();
        var sinceScheduled = night.SecondsSinceScheduled(now);
        var completed = page.Select(result => result.DurationSeconds is null && result.Outcome != TargetOutcomes.Skipped
                ? result with { DurationSeconds = sinceScheduled }
                : result)
            .ToList();

        var succeeded = completed.Count(result => result.Outcome == TargetOutcomes.Succeeded);
        var failed = completed.Count(result => result.Outcome == TargetOutcomes.Failed);
        var skipped = completed.Count(result => result.Outcome == TargetOutcomes.Skipped);
        var pruned = completed.Sum(result => result.Pruned?.Count ?? 0);
        var counts = summary with
        {
            Succeeded = summary.Succeeded + succeeded,
            Failed = summary.Failed + failed,
            Skipped = summary.Skipped + skipped,
            Targets = summary.Targets + completed.Count,
            Pruned = summary.Pruned + pruned,
            Passed = summary.Failed + failed == 0,
            DryRun = night.Retention.DryRun,
        };
        var ordered = summary.Results.Concat(completed).OrderBy(result => Rank(result.Outcome)).ToList();
        var merged = NightSummaryBudget.Fit(counts, ordered, summary.OmittedResults, input.BudgetBytes ?? NightSummaryBudget.MaxBytes);

        List<Metric> metrics =
        [
            new(SucceededMetric, succeeded, MetricUnits.Count),
            new(FailedMetric, failed, MetricUnits.Count),
            new(SkippedMetric, skipped, MetricUnits.Count),
            new(PrunedMetric, pruned, MetricUnits.Count),
        ];
        if (final)
        {
            metrics.Add(new Metric(NightDurationMetric, sinceScheduled, MetricUnits.Seconds));
        }

        EmbeddedMetrics.Write(log, now, metrics, properties: [new("night", night.Date), new("final", final ? "true" : "false")]);
        return merged;
    }

    internal static int Rank(string outcome) => outcome switch
    {
        TargetOutcomes.Failed => 0,
        TargetOutcomes.Skipped => 1,
        _ => 2,
    };

    private static (Night Night, NightSummary Summary, List<TargetResult> Page, bool Final) Validate(RecordNightResultsInput input)
    {
        var problems = new List<string>(NightValidation.Problems(input.Night));
        var summary = input.Summary;
        if (summary is null)
        {
            problems.Add("summary: is required");
        }
        else
        {
            problems.AddRange(SummaryProblems(summary, input.Night?.Date));
        }

        if (input.Targets is null) problems.Add("targets: is required");
        if (input.Skipped is null) problems.Add("skipped: is required");
        if (input.Results is null) problems.Add("results: is required");
        if (input.Final is null) problems.Add("final: is required");
        if (input.BudgetBytes is < NightSummaryBudget.MinBudgetBytes or > NightSummaryBudget.MaxBytes)
        {
            problems.Add($"budgetBytes: {input.BudgetBytes} must be from {NightSummaryBudget.MinBudgetBytes} to {NightSummaryBudget.MaxBytes}");
        }

        var page = new List<TargetResult>();
        if (input.Targets is { } targets && input.Results is { } results)
        {
            if (targets.Count != results.Count)
            {
                problems.Add($"results: {results.Count} results for {targets.Count} targets; the Map's results are aligned with its targets by index");
            }
            else
            {
                for (var index = 0; index < targets.Count; index++)
                {
                    if (TargetProblem(targets[index], $"targets[{index}]") is { } problem)
                    {
                        problems.Add(problem);
                        continue;
                    }

                    var result = ResultFor(targets[index], results[index], $"results[{index}]", problems);
                    if (result is not null)
                    {
                        page.Add(result);
                    }
                }
            }
        }

        if (input.Skipped is { } skippedTargets)
        {
            for (var index = 0; index < skippedTargets.Count; index++)
            {
                var skipped = skippedTargets[index];
                if (skipped is null || skipped.Outcome != TargetOutcomes.Skipped || string.IsNullOrEmpty(skipped.Cluster) || !KnownKinds.Contains(skipped.Kind))
                {
                    problems.Add($"skipped[{index}]: must be a result with a cluster, a known kind and outcome '{TargetOutcomes.Skipped}'");
                    continue;
                }

                page.Add(skipped);
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        return (input.Night!, summary!, page.Select(Readable).ToList(), input.Final!.Value);
    }

    internal static IEnumerable<string> SummaryProblems(NightSummary summary, string? night)
    {
        if (summary.Night != night)
        {
            yield return $"summary.night: '{summary.Night}' is not the night's date '{night}'";
        }

        if (summary.Quota is null)
        {
            yield return "summary.quota: is required";
        }

        if (summary.Results is null)
        {
            yield return "summary.results: is required";
        }

        if (summary.Succeeded < 0 || summary.Failed < 0 || summary.Skipped < 0 || summary.Pruned < 0 || summary.OmittedResults < 0
            || summary.Targets != summary.Succeeded + summary.Failed + summary.Skipped)
        {
            yield return "summary: counts must be 0 or more, and targets the sum of succeeded, failed and skipped";
        }
    }

    private static string? TargetProblem(SnapshotTarget? target, string path) =>
        target is null || string.IsNullOrEmpty(target.Cluster) || !KnownKinds.Contains(target.Kind) || string.IsNullOrEmpty(target.Arn)
            ? $"{path}: must have a cluster, a kind ({string.Join(" or ", KnownKinds)}) and an arn"
            : null;

    private static TargetResult? ResultFor(SnapshotTarget target, JsonElement slot, string path, List<string> problems)
    {
        if (slot.ValueKind == JsonValueKind.Object && (slot.TryGetProperty("Error", out _) || slot.TryGetProperty("Cause", out _)))
        {
            // A child that failed outright: Step Functions' error shape, which may carry members we do not know.
            return new TargetResult(target.Cluster, target.Kind, TargetOutcomes.Failed, Error: StringMember(slot, "Error") ?? "States.Unknown", Cause: StringMember(slot, "Cause"));
        }

        TargetResult? result;
        try
        {
            result = slot.Deserialize(FunctionsJsonContext.Default.TargetResult);
        }
        catch (JsonException invalid)
        {
            problems.Add($"{path}: is neither a target result nor an {{\"Error\", \"Cause\"}} slot: {invalid.Message}");
            return null;
        }

        if (result is null || !KnownOutcomes.Contains(result.Outcome))
        {
            problems.Add($"{path}: must have an outcome ({string.Join(", ", KnownOutcomes)})");
            return null;
        }

        if (result.Cluster != target.Cluster || result.Kind != target.Kind)
        {
            problems.Add($"{path}: is for {result.Kind} cluster '{result.Cluster}', but targets at that index is {target.Kind} cluster '{target.Cluster}'");
            return null;
        }

        return result;
    }

    private static string? StringMember(JsonElement slot, string name) =>
        slot.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A Lambda failure's cause is its error document as JSON text: its message is what a reader wants; long causes are cut.</summary>
    private static TargetResult Readable(TargetResult result)
    {
        if (result.Cause is not { } cause)
        {
            return result;
        }

        if (cause.StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(cause);
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("errorMessage", out var message) && message.ValueKind == JsonValueKind.String)
                {
                    cause = message.GetString()!;
                }
            }
            catch (JsonException)
            {
                // Not a Lambda error document: keep the text as it is.
            }
        }

        if (cause.Length > NightSummaryBudget.MaxCauseLength)
        {
            cause = string.Concat(cause.AsSpan(0, NightSummaryBudget.MaxCauseLength - 1), "…");
        }

        return result with { Cause = cause };
    }
}
