using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;

namespace EndToEnd.Tests.NightlySnapshots;

/// <summary>The night's pages: planned by PlanPages, each protected in a child of ProtectPages (DiscoverTargets → Map → RecordPage, looping until the page's end), merged once by MergePages.</summary>
public sealed class NightlySnapshotsPagingTests
{
    private const string ScheduledTime = "2026-12-01T03:00:00Z";

    [Fact]
    public async Task Night_WhenDiscoveryReturnsSmallPages_ShouldProtectTheSameTargetsAsOnePageAndPublishOneSummary()
    {
        await using var onePage = await NightlyFleet.StartAsync();
        var whole = await NightlyFleet.RunNightAsync(onePage, ScheduledTime);
        await using var paged = await NightlyFleet.StartAsync(options => options with
        {
            FunctionVariables = new Dictionary<string, string> { ["STORAGEOPS_DISCOVERY_PAGE_SIZE"] = "2" },
        });

        var result = await NightlyFleet.RunNightAsync(paged, ScheduledTime);

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        // The night plans one page per service page and protects the pages in the children of ProtectPages; a page ends at the
        // first service page boundary at or past the page size: with 2, the Aurora clusters' service page fills one page on its
        // own, and the DocumentDB Elastic clusters come on the next.
        var pageRun = Assert.Single(result.MapRuns, run => run.StateName == "ProtectPages");
        var pages = pageRun.ChildExecutions.Count;
        Assert.True(pages >= 2, $"{pages} page(s) for {(int?)whole.Output!["targets"]} targets");
        foreach (var page in pageRun.ChildExecutions)
        {
            var discovered = page.History.Count(entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "DiscoverTargets");
            Assert.True(discovered >= 1, $"page {page.Index}: discovered {discovered} time(s)");
            Assert.Equal(discovered, page.History.Count(entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "RecordPage"));
        }

        Assert.Equal(1, result.History.Count(entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "MergePages"));
        foreach (var count in new[] { "targets", "succeeded", "failed", "skipped", "pruned" })
        {
            Assert.Equal((int?)whole.Output![count], (int?)result.Output![count]);
        }

        Assert.Equal(
            whole.Output!["results"]!.AsArray().Select(entry => (string?)entry!["cluster"]).Order(StringComparer.Ordinal),
            result.Output!["results"]!.AsArray().Select(entry => (string?)entry!["cluster"]).Order(StringComparer.Ordinal));
        Assert.Single(NightlyFleet.Summaries(paged));
    }
}
