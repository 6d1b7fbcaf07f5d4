using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;

namespace EndToEnd.Tests.NightlySnapshots;

/// <summary>The night's discovery loop: pages go through DiscoverTargets → Map → RecordPage → NextPage until the cursor is null.</summary>
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
        var pages = result.History.Count(entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "DiscoverTargets");
        // A page ends at the first service page boundary at or past the page size: with 2, the Aurora clusters' service page
        // fills one page on its own, and the DocumentDB Elastic clusters come on the next (with 100, both fit on one).
        Assert.True(pages >= 2, $"{pages} page(s) for {(int?)whole.Output!["targets"]} targets");
        Assert.Equal(pages - 1, result.History.Count(entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "RecordPage"));
        Assert.Equal(1, result.History.Count(entry => entry.Type == HistoryEventType.TaskStateEntered && entry.StateName == "RecordLastPage"));
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
