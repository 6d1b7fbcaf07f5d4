using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.NightSummaries;
using StorageOps.Functions.Serialization;
using StorageOps.Functions.SnapshotTargets;
using StorageOps.Functions.Tests.FileSystems;
using static StorageOps.Functions.Tests.NightSummaries.NightPages;

namespace StorageOps.Functions.Tests.NightSummaries;

public sealed class MergeNightSummariesFunctionTests
{
    private static readonly LambdaInvocation Invocation = new("inv-1", DateTimeOffset.MaxValue);
    private readonly ManualClock clock = new(ScheduledTime.AddMinutes(40));
    private readonly StringWriter log = new();

    /// <summary>The night's pages as PlanNightPages plans them: Aurora pages first, then DocumentDB Elastic ones.</summary>
    private static List<NightPage> Plan(int auroraPages, int elasticPages)
    {
        var starts = new List<string?> { null };
        starts.AddRange(Enumerable.Range(1, auroraPages - 1).Select(index => new DiscoveryCursor(DiscoveryPhase.Aurora, $"m{index}").Encode()));
        starts.AddRange(Enumerable.Range(0, elasticPages).Select(index => new DiscoveryCursor(DiscoveryPhase.DocDbElastic, index == 0 ? null : $"t{index}").Encode()));
        var budget = NightPagePlanner.BudgetFor(starts.Count);
        return [.. starts.Select((cursor, index) => new NightPage(cursor, index + 1 < starts.Count ? starts[index + 1] : null, budget))];
    }

    /// <summary>One page of 100 Aurora targets recorded by RecordNightResults into an empty page summary with the page's budget; the 7th of each page fails.</summary>
    private async Task<JsonNode> PageSummaryAsync(int page, int budgetBytes)
    {
        var targets = Enumerable.Range(0, 100).Select(index => Aurora(string.Create(CultureInfo.InvariantCulture, $"cluster-{page:D3}-{index:D3}-payments-aurora-postgresql-prod"))).ToList();
        var results = targets.Select((target, index) => Result(index == 7 ? Failed(target.Cluster, "The snapshot is failed.") : Succeeded(target.Cluster, 120, "old-one")));
        var input = JsonNode.Parse(Input(EmptySummary(), targets, results))!.AsObject();
        input["budgetBytes"] = budgetBytes;
        var recorder = new RecordNightResultsFunction(new NightResultsRecorder(clock, TextWriter.Null));
        var json = await recorder.InvokeAsync(input.ToJsonString(), Invocation, CancellationToken.None);
        Assert.True(Encoding.UTF8.GetByteCount(json) <= budgetBytes, $"page {page}: {json.Length} bytes over its budget {budgetBytes}");
        return JsonNode.Parse(json)!;
    }

    private async Task<(NightSummary Summary, string Json)> MergeAsync(List<NightPage> pages, IEnumerable<JsonNode> results)
    {
        var input = new JsonObject
        {
            ["night"] = JsonNode.Parse(NightJson),
            ["summary"] = JsonNode.Parse(JsonSerializer.Serialize(EmptySummary(), FunctionsJsonContext.Default.NightSummary)),
            ["pages"] = new JsonArray([.. pages.Select(page => JsonNode.Parse(JsonSerializer.Serialize(page, FunctionsJsonContext.Default.NightPage)))]),
            ["results"] = new JsonArray([.. results]),
        };
        Assert.True(input.ToJsonString().Length < 256 * 1024, $"the merge's input is {input.ToJsonString().Length} bytes");
        var function = new MergeNightSummariesFunction(new NightSummaryMerger(clock, log));
        var json = await function.InvokeAsync(input.ToJsonString(), Invocation, CancellationToken.None);
        return (JsonSerializer.Deserialize(json, FunctionsJsonContext.Default.NightSummary)!, json);
    }

    [Fact]
    public async Task InvokeAsync_WhenAHundredPagesOfAHundredTargetsAreMerged_ShouldCountExactlyKeepEveryFailureFirstAndStayInTheBudget()
    {
        var pages = Plan(60, 40);
        var summaries = new List<JsonNode>();
        for (var page = 0; page < pages.Count; page++)
        {
            summaries.Add(await PageSummaryAsync(page, pages[page].BudgetBytes));
        }

        var (summary, json) = await MergeAsync(pages, summaries);

        Assert.Equal((10_000, 9_900, 100, 0, 9_900, false, 12), (summary.Targets, summary.Succeeded, summary.Failed, summary.Skipped, summary.Pruned, summary.Passed, summary.Quota.Used));
        Assert.True(Encoding.UTF8.GetByteCount(json) <= NightSummaryBudget.MaxBytes, $"{json.Length} bytes");
        Assert.Equal(100, summary.Results.Count(result => result.Outcome == TargetOutcomes.Failed));
        Assert.All(summary.Results.Take(100), result => Assert.Equal(TargetOutcomes.Failed, result.Outcome));
        Assert.Equal(10_000, summary.Results.Count + summary.OmittedResults);
        var metrics = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
        var document = Assert.Single(metrics);
        Assert.Equal(2400.0, (double?)document[NightResultsRecorder.NightDurationMetric]);
        Assert.Null(document[NightResultsRecorder.SucceededMetric]);
        Assert.Null(document[NightResultsRecorder.FailedMetric]);
    }

    [Fact]
    public async Task InvokeAsync_WhenAPageChildFailedOutright_ShouldCountItAsAFailedPageNamedInTheSummary()
    {
        var pages = Plan(1, 2);
        var results = new List<JsonNode>
        {
            await PageSummaryAsync(0, pages[0].BudgetBytes),
            Slot("States.ExceedToleratedFailureThreshold", "The specified tolerated failure threshold was exceeded"),
            await PageSummaryAsync(2, pages[2].BudgetBytes),
        };

        var (summary, _) = await MergeAsync(pages, results);

        Assert.Equal((201, 198, 3, false), (summary.Targets, summary.Succeeded, summary.Failed, summary.Passed));
        var failedPage = Assert.Single(summary.Results, result => result.Cluster.StartsWith("(discovery page", StringComparison.Ordinal));
        Assert.Equal(("(discovery page 2 of 3)", SnapshotTargetKinds.DocDbElastic, TargetOutcomes.Failed, "States.ExceedToleratedFailureThreshold"), (failedPage.Cluster, failedPage.Kind, failedPage.Outcome, failedPage.Error));
        Assert.Contains("not protected or counted", failedPage.Cause, StringComparison.Ordinal);
        Assert.Contains("tolerated failure threshold", failedPage.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheResultsDoNotMatchThePages_ShouldRejectTheInputBeforeMerging()
    {
        var pages = Plan(1, 1);
        var onlyOne = await PageSummaryAsync(0, pages[0].BudgetBytes);

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => MergeAsync(pages, [onlyOne]));

        Assert.Contains(error.Problems, problem => problem.Contains("1 results for 2 pages", StringComparison.Ordinal));
        Assert.Empty(log.ToString());
    }
}
