using System.Globalization;
using System.Text.Json;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Metrics;
using StorageOps.Functions.Serialization;
using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.NightSummaries;

/// <summary>
/// Folds the page summaries of a night whose pages ran side by side into the night's summary: counts exact, results in order
/// (failures, skipped, successes) within <see cref="NightSummaryBudget.MaxBytes"/>. A page child that failed outright left only
/// its error slot: its clusters were never counted, so it is one failed result naming the page. Only the night's duration is
/// emitted here; RecordNightResults already emitted every page's counts.
/// </summary>
public sealed class NightSummaryMerger
{
    private readonly TimeProvider time;
    private readonly TextWriter log;

    public NightSummaryMerger(TimeProvider time, TextWriter log)
    {
        this.time = time;
        this.log = log;
    }

    public NightSummary Merge(MergeNightSummariesInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (night, start, pages) = Validate(input);
        var now = time.GetUtcNow();
        var sinceScheduled = night.SecondsSinceScheduled(now);

        var results = new List<TargetResult>(start.Results);
        var omitted = start.OmittedResults;
        var counts = start;
        foreach (var page in pages)
        {
            counts = counts with
            {
                Targets = counts.Targets + page.Targets,
                Succeeded = counts.Succeeded + page.Succeeded,
                Failed = counts.Failed + page.Failed,
                Skipped = counts.Skipped + page.Skipped,
                Pruned = counts.Pruned + page.Pruned,
            };
            omitted += page.OmittedResults;
            results.AddRange(page.Results);
        }

        counts = counts with { Passed = counts.Failed == 0, DryRun = night.Retention.DryRun };
        var ordered = results.OrderBy(result => NightResultsRecorder.Rank(result.Outcome)).ToList();
        var merged = NightSummaryBudget.Fit(counts, ordered, omitted);
        EmbeddedMetrics.Write(
            log,
            now,
            [new Metric(NightResultsRecorder.NightDurationMetric, sinceScheduled, MetricUnits.Seconds)],
            properties: [new("night", night.Date), new("final", "true")]);
        return merged;
    }

    private static (Night Night, NightSummary Start, List<NightSummary> Pages) Validate(MergeNightSummariesInput input)
    {
        var problems = new List<string>(NightValidation.Problems(input.Night));
        var date = input.Night?.Date;
        if (input.Summary is null)
        {
            problems.Add("summary: is required");
        }
        else
        {
            problems.AddRange(NightResultsRecorder.SummaryProblems(input.Summary, date).Select(problem => problem));
        }

        if (input.Pages is null) problems.Add("pages: is required");
        if (input.Results is null) problems.Add("results: is required");
        var pages = new List<NightSummary>();
        if (input.Pages is { } planned && input.Results is { } results)
        {
            if (planned.Count != results.Count)
            {
                problems.Add($"results: {results.Count} results for {planned.Count} pages; the page Map's results are aligned with its pages by index");
            }
            else
            {
                for (var index = 0; index < results.Count; index++)
                {
                    if (PageSummary(planned, index, results[index], date, problems) is { } page)
                    {
                        pages.Add(page);
                    }
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        return (input.Night!, input.Summary!, pages);
    }

    private static NightSummary? PageSummary(IReadOnlyList<NightPage> planned, int index, JsonElement slot, string? date, List<string> problems)
    {
        var path = $"results[{index}]";
        if (slot.ValueKind == JsonValueKind.Object && (slot.TryGetProperty("Error", out _) || slot.TryGetProperty("Cause", out _)))
        {
            return FailedPage(planned, index, slot, date!);
        }

        NightSummary? page;
        try
        {
            page = slot.Deserialize(FunctionsJsonContext.Default.NightSummary);
        }
        catch (JsonException invalid)
        {
            problems.Add($"{path}: is neither a page summary nor an {{\"Error\", \"Cause\"}} slot: {invalid.Message}");
            return null;
        }

        if (page is null)
        {
            problems.Add($"{path}: is required");
            return null;
        }

        var before = problems.Count;
        problems.AddRange(NightResultsRecorder.SummaryProblems(page, date).Select(problem => $"{path}.{problem}"));
        return problems.Count == before ? page : null;
    }

    /// <summary>One failed result standing for a page whose clusters were never counted, named by its place and where it starts.</summary>
    private static NightSummary FailedPage(IReadOnlyList<NightPage> planned, int index, JsonElement slot, string date)
    {
        var phase = DiscoveryCursor.Decode(planned[index].Cursor).Phase;
        var kind = phase == DiscoveryPhase.Aurora ? SnapshotTargetKinds.Aurora : SnapshotTargetKinds.DocDbElastic;
        var error = slot.TryGetProperty("Error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : "States.Unknown";
        var cause = slot.TryGetProperty("Cause", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"Discovery page {index + 1} of {planned.Count} ({kind} clusters) failed outright; its clusters were not protected or counted tonight. {cause}").Trim();
        if (text.Length > NightSummaryBudget.MaxCauseLength)
        {
            text = string.Concat(text.AsSpan(0, NightSummaryBudget.MaxCauseLength - 1), "…");
        }

        var result = new TargetResult(
            string.Create(CultureInfo.InvariantCulture, $"(discovery page {index + 1} of {planned.Count})"),
            kind,
            TargetOutcomes.Failed,
            Error: error,
            Cause: text);
        return new NightSummary(date, Passed: false, Targets: 1, Succeeded: 0, Failed: 1, Skipped: 0, Pruned: 0, DryRun: false, Quota: null!, OmittedResults: 0, Results: [result]);
    }
}
