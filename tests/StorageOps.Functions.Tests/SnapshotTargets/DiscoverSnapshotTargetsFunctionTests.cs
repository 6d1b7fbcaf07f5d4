using System.Text;
using System.Text.Json;
using StorageOps.Aws.Rds;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.NightSummaries;
using StorageOps.Functions.Serialization;
using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.Tests.SnapshotTargets;

public sealed class DiscoverSnapshotTargetsFunctionTests
{
    private const string NightJson =
        """{"date":"2026-12-01","scheduledTime":"2026-12-01T03:00:00Z","deadline":"2026-12-01T07:00:00Z","retention":{"keepDaily":7,"keepWeekly":4,"keepMonthly":3,"minKeep":3,"dryRun":false},"maxConcurrency":40,"toleratedFailurePercentage":5}""";

    private static readonly LambdaInvocation Invocation = new("inv-1", DateTimeOffset.MaxValue);
    private static readonly Tag Nightly = new("storageops:snapshot", "nightly");
    private readonly InMemoryRds rds = new();
    private readonly InMemoryDocDbElastic elastic = new();

    private DiscoverSnapshotTargetsFunction Function(int pageSize = 200, string tagKey = "storageops:snapshot", string tagValue = "nightly") =>
        new(new SnapshotTargetDiscovery(rds.Clients(), elastic.Clients(), new DiscoverySettings(tagKey, tagValue, pageSize)));

    private static async Task<DiscoveredTargets> PageAsync(DiscoverSnapshotTargetsFunction function, string? cursor)
    {
        var cursorJson = cursor is null ? "null" : JsonSerializer.Serialize(cursor);
        var json = await function.InvokeAsync($$"""{"night":{{NightJson}},"cursor":{{cursorJson}}}""", Invocation, CancellationToken.None);
        return JsonSerializer.Deserialize(json, FunctionsJsonContext.Default.DiscoveredTargets)!;
    }

    private static async Task<List<DiscoveredTargets>> AllPagesAsync(DiscoverSnapshotTargetsFunction function)
    {
        var pages = new List<DiscoveredTargets>();
        string? cursor = null;
        do
        {
            var page = await PageAsync(function, cursor);
            pages.Add(page);
            cursor = page.Cursor;
        }
        while (cursor is not null && pages.Count < 1000);

        return pages;
    }

    /// <summary>
    /// 437 RDS clusters (every third tagged, engines mixed, tagged DocumentDB and Neptune ones, one tagged stopped, some with the tag's
    /// value wrong) and 233 DocumentDB Elastic clusters (every other tagged, one tagged CREATING, one deleted while listed).
    /// </summary>
    private (List<SnapshotTarget> Targets, List<(string Cluster, string Kind, string Status)> Skipped) SeedFleet()
    {
        var targets = new List<SnapshotTarget>();
        var skipped = new List<(string, string, string)>();
        string[] engines = ["aurora-postgresql", "aurora-mysql", "postgres", "mysql", "aurora"];
        for (var index = 0; index < 437; index++)
        {
            var name = $"rds-{index:D4}";
            if (index == 100)
            {
                rds.AddCluster(name, "aurora-mysql", "stopped", Nightly, new Tag("team", "payments"));
                skipped.Add((name, SnapshotTargetKinds.Aurora, "stopped"));
            }
            else if (index % 30 == 0)
            {
                rds.AddCluster(name, index % 60 == 0 ? "docdb" : "neptune", "available", Nightly);
            }
            else if (index % 3 == 0)
            {
                rds.AddCluster(name, engines[index % engines.Length], "available", new Tag("owner", "data"), Nightly);
                targets.Add(new SnapshotTarget(name, SnapshotTargetKinds.Aurora, InMemoryRds.ClusterArn(name)));
            }
            else if (index % 3 == 1)
            {
                rds.AddCluster(name, "aurora-postgresql", "available", new Tag("storageops:snapshot", "weekly"));
            }
            else
            {
                rds.AddCluster(name, "aurora-postgresql", index % 7 == 0 ? "stopped" : "available");
            }
        }

        for (var index = 0; index < 233; index++)
        {
            var name = $"elastic-{index:D4}";
            if (index == 5)
            {
                elastic.AddCluster(name, "CREATING", ("storageops:snapshot", "nightly"));
                skipped.Add((name, SnapshotTargetKinds.DocDbElastic, "CREATING"));
            }
            else if (index == 7)
            {
                elastic.AddCluster(name, "ACTIVE", ("storageops:snapshot", "nightly"));
                elastic.DeletedAfterListing.Add(InMemoryDocDbElastic.ClusterArn(name));
            }
            else if (index % 2 == 0)
            {
                elastic.AddCluster(name, "ACTIVE", ("env", "prod"), ("storageops:snapshot", "nightly"));
                targets.Add(new SnapshotTarget(name, SnapshotTargetKinds.DocDbElastic, InMemoryDocDbElastic.ClusterArn(name)));
            }
            else
            {
                elastic.AddCluster(name, "ACTIVE", ("env", "prod"));
            }
        }

        return (targets, skipped);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    [InlineData(200)]
    [InlineData(500)]
    public async Task InvokeAsync_WhenWalkedToTheEnd_ShouldFindEveryTaggedClusterOnceAuroraFirstAndReportTheUnavailableOnes(int pageSize)
    {
        var (expectedTargets, expectedSkipped) = SeedFleet();

        var pages = await AllPagesAsync(Function(pageSize));

        Assert.Equal(expectedTargets, pages.SelectMany(page => page.Targets));
        Assert.Equal(expectedSkipped, pages.SelectMany(page => page.Skipped).Select(skipped => (skipped.Cluster, skipped.Kind, skipped.Status!)));
        Assert.All(pages.SelectMany(page => page.Skipped), skipped => Assert.Equal(TargetOutcomes.Skipped, skipped.Outcome));
        Assert.Null(pages[^1].Cursor);
        Assert.All(rds.Calls, call => Assert.Equal(("DescribeDBClusters", (int?)100), (call.Operation, call.MaxRecords)));
        Assert.Equal(5, rds.Calls.Count);
        Assert.Equal(3, elastic.Calls.Count(call => call.Operation == "ListClusters"));
        Assert.Equal(233, elastic.Calls.Count(call => call.Operation == "ListTagsForResource"));
    }

    [Fact]
    public async Task InvokeAsync_WhenThePageSizeIsReached_ShouldEndThePageAtTheNextServicePageBoundary()
    {
        SeedFleet();

        var pages = await AllPagesAsync(Function(pageSize: 40));

        // Each RDS page of 100 holds 30 targets (the second one also the stopped cluster), so a page needs two of them to reach 40;
        // the last RDS page (11) runs on into the first Elastic page (50 targets + the CREATING one); Elastic pages reach 40 alone.
        Assert.Equal([30 + 31, 30 + 30, 11 + 51, 50, 17], pages.Select(page => page.Targets.Count + page.Skipped.Count));
        Assert.Equal(5, rds.Calls.Count);
        Assert.Equal(3, elastic.Calls.Count(call => call.Operation == "ListClusters"));
        Assert.All(pages.SkipLast(1), page => Assert.True(page.Targets.Count + page.Skipped.Count >= 40));
    }

    [Fact]
    public async Task InvokeAsync_WhenTheTagIsConfigured_ShouldMatchItsKeyAndValueExactly()
    {
        rds.AddCluster("weekly-one", tags: new Tag("storageops:snapshot", "weekly"));
        rds.AddCluster("nightly-one", tags: Nightly);
        rds.AddCluster("weekly-upper", tags: new Tag("storageops:snapshot", "Weekly"));
        elastic.AddCluster("weekly-elastic", "ACTIVE", ("storageops:snapshot", "weekly"));

        var page = await PageAsync(Function(tagValue: "weekly"), null);

        Assert.Equal(["weekly-one", "weekly-elastic"], page.Targets.Select(target => target.Cluster));
        Assert.Null(page.Cursor);
    }

    [Fact]
    public async Task InvokeAsync_WhenATaggedClusterIsStopped_ShouldSkipItWithItsStatusAndNotAttemptIt()
    {
        rds.AddCluster("reporting-aurora", "aurora-postgresql", "stopped", Nightly);
        rds.AddCluster("payments-aurora", "aurora-postgresql", "available", Nightly);

        var page = await PageAsync(Function(), null);

        Assert.Equal(["payments-aurora"], page.Targets.Select(target => target.Cluster));
        var skipped = Assert.Single(page.Skipped);
        Assert.Equal(new TargetResult("reporting-aurora", SnapshotTargetKinds.Aurora, TargetOutcomes.Skipped, Status: "stopped", Cause: skipped.Cause), skipped);
        Assert.Contains("stopped, not available", skipped.Cause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aurora-postgresql", true)]
    [InlineData("aurora-mysql", true)]
    [InlineData("aurora", true)]
    [InlineData("postgres", true)]
    [InlineData("mysql", true)]
    [InlineData("docdb", false)]
    [InlineData("neptune", false)]
    [InlineData(null, false)]
    public async Task InvokeAsync_WhenATaggedClusterHasAnEngine_ShouldTakeOnlyAuroraAndMultiAzClustersAndSkipOthersSilently(string? engine, bool taken)
    {
        rds.AddCluster("tagged", engine!, "available", Nightly);

        var page = await PageAsync(Function(), null);

        Assert.Equal(taken ? 1 : 0, page.Targets.Count);
        Assert.Empty(page.Skipped);
    }

    [Fact]
    public async Task InvokeAsync_WhenThereAreNoClustersAtAll_ShouldReturnAnEmptyLastPage()
    {
        var page = await PageAsync(Function(), null);

        Assert.Empty(page.Targets);
        Assert.Empty(page.Skipped);
        Assert.Null(page.Cursor);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheLastPageIsServed_ShouldWriteTheNullCursorExplicitly()
    {
        var json = await Function().InvokeAsync($$"""{"night":{{NightJson}}}""", Invocation, CancellationToken.None);

        Assert.Equal("""{"targets":[],"skipped":[],"cursor":null}""", json);
    }

    public static TheoryData<string> MalformedCursors => new()
    {
        "not base64!",
        "",
        Convert.ToBase64String(Encoding.UTF8.GetBytes("v2|aurora|")),
        Convert.ToBase64String(Encoding.UTF8.GetBytes("v1|neptune|3")),
        Convert.ToBase64String(Encoding.UTF8.GetBytes("v1|aurora")),
        Convert.ToBase64String([0xff, 0xfe, 0x7c]),
    };

    [Theory]
    [MemberData(nameof(MalformedCursors))]
    public async Task InvokeAsync_WhenTheCursorIsMalformed_ShouldFailWithValidationErrorBeforeAnyAwsCall(string cursor)
    {
        await Assert.ThrowsAsync<InvalidInputException>(() => PageAsync(Function(), cursor));

        Assert.Empty(rds.Calls);
        Assert.Empty(elastic.Calls);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"cursor":null}""")]
    [InlineData("""{"night":{"date":"2026-13-01","scheduledTime":"2026-12-01T03:00:00Z","deadline":"2026-12-01T07:00:00Z","retention":{"keepDaily":7},"maxConcurrency":40,"toleratedFailurePercentage":5}}""")]
    [InlineData("""{"night":{"date":"2026-12-01","scheduledTime":"2026-12-01T03:00:00Z","deadline":"2026-12-01T02:00:00Z","retention":{"keepDaily":7},"maxConcurrency":40,"toleratedFailurePercentage":5}}""")]
    [InlineData("""{"night":{"date":"2026-12-01","scheduledTime":"2026-12-01T03:00:00Z","deadline":"2026-12-01T07:00:00Z","retention":{"keepDaily":7,"minKeep":0},"maxConcurrency":40,"toleratedFailurePercentage":5}}""")]
    [InlineData("""{"night":{"date":"2026-12-01","scheduledTime":"2026-12-01T03:00:00Z","deadline":"2026-12-01T07:00:00Z","retention":{"keepDaily":7},"maxConcurrency":0,"toleratedFailurePercentage":5}}""")]
    [InlineData("""{"night":{"date":"2026-12-01","scheduledTime":"2026-12-01T03:00:00Z","deadline":"2026-12-01T07:00:00Z","retention":{"keepDaily":7},"maxConcurrency":40,"toleratedFailurePercentage":5,"extra":true}}""")]
    public async Task InvokeAsync_WhenTheNightIsMalformed_ShouldFailWithValidationErrorBeforeAnyAwsCall(string eventJson)
    {
        await Assert.ThrowsAsync<InvalidInputException>(() => Function().InvokeAsync(eventJson, Invocation, CancellationToken.None));

        Assert.Empty(rds.Calls);
        Assert.Empty(elastic.Calls);
    }

    [Fact]
    public async Task InvokeAsync_WhenTagReadsAreThrottledPartway_ShouldEndThePageThereAndResumeAtTheRefusedClusterOnTheNextPage()
    {
        var (expected, _) = SeedFleet();
        var function = Function(pageSize: 100);
        var pages = new List<DiscoveredTargets>();
        string? cursor = null;
        do
        {
            elastic.TagReadsAllowed = 30; // the bucket's burst, refilled between pages (the Map's work takes time)
            var page = await PageAsync(function, cursor);
            pages.Add(page);
            cursor = page.Cursor;
        }
        while (cursor is not null && pages.Count < 100);

        var found = pages.SelectMany(page => page.Targets).ToList();
        Assert.Equal(expected.OrderBy(target => target.Cluster, StringComparer.Ordinal), found.OrderBy(target => target.Cluster, StringComparer.Ordinal));
        Assert.Contains(pages, page => page.Targets.Count(target => target.Kind == SnapshotTargetKinds.DocDbElastic) is > 0 and < 30);
        Assert.Single(pages.SelectMany(page => page.Skipped), result => result.Cluster == "elastic-0005");
    }

    [Fact]
    public async Task InvokeAsync_WhenTheFirstTagReadIsThrottled_ShouldFailAsThrottledForTheStateMachinesRetry()
    {
        SeedFleet();
        var function = Function(pageSize: 100);
        var elasticStart = new DiscoveryCursor(DiscoveryPhase.DocDbElastic, null).Encode();
        elastic.TagReadsAllowed = 0;

        var error = await Assert.ThrowsAnyAsync<Exception>(() => PageAsync(function, elasticStart));

        Assert.Equal(ErrorNames.Throttled, LambdaErrorDocument.From(error).ErrorType);
    }

    [Fact]
    public void Cursor_WhenEncodedAndDecoded_ShouldRoundTripServiceTokensOfAnyShape()
    {
        foreach (var cursor in new DiscoveryCursor[] { new(DiscoveryPhase.Aurora, "abc|def=="), new(DiscoveryPhase.DocDbElastic, null), new(DiscoveryPhase.DocDbElastic, "eyJ0b2tlbiI6InjvIn0="), new(DiscoveryPhase.DocDbElastic, "a|b", 17) })
        {
            Assert.Equal(cursor, DiscoveryCursor.Decode(cursor.Encode()));
        }
    }

    private async Task<NightPagePlan> PlanAsync(string? plan = null)
    {
        var function = new PlanNightPagesFunction(new NightPagePlanner(rds.Clients(), elastic.Clients()));
        var json = await function.InvokeAsync($$"""{"night":{{NightJson}}{{(plan is null ? "" : $",\"plan\":{plan}")}}}""", Invocation, CancellationToken.None);
        return JsonSerializer.Deserialize(json, FunctionsJsonContext.Default.NightPagePlan)!;
    }

    private static async Task<DiscoveredTargets> PageUntilAsync(DiscoverSnapshotTargetsFunction function, string? cursor, string? until)
    {
        string Text(string? value) => value is null ? "null" : JsonSerializer.Serialize(value);
        var json = await function.InvokeAsync($$"""{"night":{{NightJson}},"cursor":{{Text(cursor)}},"until":{{Text(until)}}}""", Invocation, CancellationToken.None);
        return JsonSerializer.Deserialize(json, FunctionsJsonContext.Default.DiscoveredTargets)!;
    }

    [Fact]
    public async Task PlanNightPages_WhenTheFleetSpansServicePages_ShouldPlanOnePagePerServicePageWithoutReadingTags()
    {
        SeedFleet();

        var plan = await PlanAsync();

        // 437 RDS clusters are 5 service pages, 233 DocumentDB Elastic clusters 3.
        Assert.Equal(8, plan.Pages.Count);
        Assert.Null(plan.Resume);
        Assert.Null(plan.Pages[0].Cursor);
        Assert.Null(plan.Pages[^1].Until);
        for (var index = 1; index < plan.Pages.Count; index++)
        {
            Assert.Equal(plan.Pages[index - 1].Until, plan.Pages[index].Cursor);
        }

        Assert.Equal(DiscoveryPhase.DocDbElastic, DiscoveryCursor.Decode(plan.Pages[5].Cursor).Phase);
        Assert.Equal(DiscoveryPhase.Aurora, DiscoveryCursor.Decode(plan.Pages[4].Cursor).Phase);
        Assert.All(plan.Pages, page => Assert.Equal(18_750, page.BudgetBytes));
        Assert.Equal(5, rds.Calls.Count);
        Assert.Equal(3, elastic.Calls.Count(call => call.Operation == "ListClusters"));
        Assert.DoesNotContain(elastic.Calls, call => call.Operation == "ListTagsForResource");
    }

    [Fact]
    public async Task InvokeAsync_WhenEachPlannedPageIsWalkedToItsUntilInReverse_ShouldFindEveryTaggedClusterExactlyOnce()
    {
        var (expectedTargets, expectedSkipped) = SeedFleet();
        var plan = await PlanAsync();
        var function = Function(pageSize: 100);

        var found = new List<DiscoveredTargets>[plan.Pages.Count];
        for (var index = plan.Pages.Count - 1; index >= 0; index--)
        {
            var page = plan.Pages[index];
            found[index] = [];
            var cursor = page.Cursor;
            do
            {
                var part = await PageUntilAsync(function, cursor, page.Until);
                found[index].Add(part);
                cursor = part.Cursor;
            }
            while (cursor is not null && cursor != page.Until && found[index].Count < 100);

            Assert.Equal(page.Until, cursor);
        }

        Assert.Equal(expectedTargets, found.SelectMany(parts => parts).SelectMany(part => part.Targets));
        Assert.Equal(expectedSkipped, found.SelectMany(parts => parts).SelectMany(part => part.Skipped).Select(skipped => (skipped.Cluster, skipped.Kind, skipped.Status!)));
        Assert.Equal(233, elastic.Calls.Count(call => call.Operation == "ListTagsForResource"));
    }

    [Fact]
    public async Task InvokeAsync_WhenUntilIsTheNextServicePage_ShouldNeverReadPastItEvenWithALargePageSize()
    {
        var (expectedTargets, _) = SeedFleet();
        var plan = await PlanAsync();
        rds.Calls.Clear();

        var page = await PageUntilAsync(Function(pageSize: 100), plan.Pages[0].Cursor, plan.Pages[0].Until);

        Assert.Equal(plan.Pages[0].Until, page.Cursor);
        Assert.Single(rds.Calls);
        Assert.Equal(expectedTargets.Where(target => target.Kind == SnapshotTargetKinds.Aurora && string.CompareOrdinal(target.Cluster, "rds-0100") < 0), page.Targets);
    }

    [Fact]
    public async Task InvokeAsync_WhenUntilIsNotACursorOrEqualsTheCursor_ShouldRejectTheInputBeforeAnyCall()
    {
        SeedFleet();
        var plan = await PlanAsync();
        rds.Calls.Clear();

        await Assert.ThrowsAsync<InvalidInputException>(() => PageUntilAsync(Function(), null, "not-a-cursor"));
        await Assert.ThrowsAsync<InvalidInputException>(() => PageUntilAsync(Function(), plan.Pages[1].Cursor, plan.Pages[1].Cursor));

        Assert.Empty(rds.Calls);
    }

    [Fact]
    public async Task PlanNightPages_WhenAListingIsThrottledAfterProgress_ShouldReturnThePlanSoFarAndResumeToTheSamePlan()
    {
        SeedFleet();
        var unthrottled = await PlanAsync();
        rds.DescribesAllowed = 2;

        var partial = await PlanAsync();
        var failed = await Assert.ThrowsAnyAsync<Exception>(() => PlanAsync(JsonSerializer.Serialize(partial, FunctionsJsonContext.Default.NightPagePlan)));
        rds.DescribesAllowed = null;
        var resumed = await PlanAsync(JsonSerializer.Serialize(partial, FunctionsJsonContext.Default.NightPagePlan));

        Assert.Equal(2, partial.Pages.Count);
        Assert.Equal(partial.Pages[^1].Until, partial.Resume);
        Assert.Equal(ErrorNames.Throttled, LambdaErrorDocument.From(failed).ErrorType);
        Assert.Null(resumed.Resume);
        Assert.Equal(unthrottled.Pages, resumed.Pages);
    }
}
