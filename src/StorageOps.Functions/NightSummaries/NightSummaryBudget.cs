using System.Text.Json;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.NightSummaries;

/// <summary>
/// Keeps a summary under <see cref="MaxBytes"/> serialised (UTF-8): it travels as a Step Functions state (256 KB with the page
/// beside it) and as an EventBridge event's detail (256 KB per entry). Counts stay exact; results are kept in order — failures,
/// then skipped, then successes — as long as they fit, and the rest are counted in <see cref="NightSummary.OmittedResults"/>.
/// </summary>
public static class NightSummaryBudget
{
    public const int MaxBytes = 96_000;

    /// <summary>The smallest budget a page summary may be given: its counts and quota always fit.</summary>
    public const int MinBudgetBytes = 1_000;

    /// <summary>A failure's cause longer than this is cut, so one chatty error cannot crowd every other failure out of the summary.</summary>
    public const int MaxCauseLength = 1024;

    /// <summary>The summary with <paramref name="results"/> (already in order) kept as far as they fit and the rest counted as omitted.</summary>
    /// <param name="alreadyOmitted">Results earlier pages could not keep; they are gone and stay counted.</param>
    /// <param name="maxBytes">The budget: <see cref="MaxBytes"/> for a night's summary, less for one page's share.</param>
    public static NightSummary Fit(NightSummary counts, IReadOnlyList<TargetResult> results, int alreadyOmitted, int maxBytes = MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(results);
        // Sized with the largest omitted count it could carry, so fewer omissions can only make it smaller.
        var skeleton = counts with { OmittedResults = alreadyOmitted + results.Count, Results = [] };
        var remaining = maxBytes - SizeOf(skeleton);
        var kept = new List<TargetResult>(Math.Min(results.Count, 1024));
        foreach (var result in results)
        {
            var size = JsonSerializer.SerializeToUtf8Bytes(result, FunctionsJsonContext.Default.TargetResult).Length + (kept.Count > 0 ? 1 : 0);
            if (size > remaining)
            {
                break;
            }

            kept.Add(result);
            remaining -= size;
        }

        return counts with { OmittedResults = alreadyOmitted + results.Count - kept.Count, Results = kept };
    }

    public static int SizeOf(NightSummary summary) => JsonSerializer.SerializeToUtf8Bytes(summary, FunctionsJsonContext.Default.NightSummary).Length;
}
