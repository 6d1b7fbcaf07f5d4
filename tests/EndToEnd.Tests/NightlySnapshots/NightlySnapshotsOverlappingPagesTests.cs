using StorageOps.StatesLanguage.Execution;

namespace EndToEnd.Tests.NightlySnapshots;

/// <summary>The night's pages overlap: PlanPages plans one page per service page, and ProtectPages protects pagesInFlight of them at once (decision 0014).</summary>
public sealed class NightlySnapshotsOverlappingPagesTests
{
    private const string ScheduledTime = "2026-12-01T03:00:00Z";

    [Fact]
    public async Task Night_WhenTwoPagesMayBeInFlight_ShouldStartTheSecondPageBeforeTheFirstEnds()
    {
        await using var environment = await NightlyFleet.StartAsync(options => options with
        {
            FunctionVariables = new Dictionary<string, string> { ["STORAGEOPS_PAGES_IN_FLIGHT"] = "2" },
        });

        var result = await NightlyFleet.RunNightAsync(environment, ScheduledTime);

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        var pages = Assert.Single(result.MapRuns, run => run.StateName == "ProtectPages").ChildExecutions.OrderBy(page => page.Index).ToList();
        // The Aurora clusters' service page and the DocumentDB Elastic clusters' one.
        Assert.Equal(2, pages.Count);
        Assert.True(pages[1].StartDate < pages[0].StopDate, $"page 1 started at {pages[1].StartDate:O}, page 0 ended at {pages[0].StopDate:O}");
        Assert.All(pages, page => Assert.NotEmpty(page.MapRuns.Single(run => run.StateName == "ProtectTargets").ChildExecutions));
        Assert.Equal(
            pages.Sum(page => page.MapRuns.Single().ChildExecutions.Count),
            (int?)result.Output!["succeeded"] + (int?)result.Output!["failed"]);
        NightlyFleet.SinglePublishedSummary(environment, result);
    }

    [Fact]
    public async Task Night_WhenOnePageMayBeInFlight_ShouldProtectThePagesOneAfterAnotherWithTheSameSummary()
    {
        await using var overlapping = await NightlyFleet.StartAsync();
        var whole = await NightlyFleet.RunNightAsync(overlapping, ScheduledTime);
        await using var environment = await NightlyFleet.StartAsync(options => options with
        {
            FunctionVariables = new Dictionary<string, string> { ["STORAGEOPS_PAGES_IN_FLIGHT"] = "1" },
        });

        var result = await NightlyFleet.RunNightAsync(environment, ScheduledTime);

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        var pages = Assert.Single(result.MapRuns, run => run.StateName == "ProtectPages").ChildExecutions.OrderBy(page => page.Index).ToList();
        Assert.Equal(2, pages.Count);
        Assert.True(pages[1].StartDate >= pages[0].StopDate, $"page 1 started at {pages[1].StartDate:O}, page 0 ended at {pages[0].StopDate:O}");
        foreach (var count in new[] { "targets", "succeeded", "failed", "skipped", "pruned" })
        {
            Assert.Equal((int?)whole.Output![count], (int?)result.Output![count]);
        }
    }
}
