using System.Text.Json;
using StorageOps.Aws.Rds;
using StorageOps.Functions.ClusterSnapshots;
using StorageOps.Functions.Errors;
using StorageOps.Functions.NightSummaries;
using StorageOps.Functions.Retention;
using StorageOps.Functions.Serialization;
using StorageOps.Functions.SnapshotTargets;
using StorageOps.Functions.Tests.FileSystems;
using static StorageOps.Functions.Tests.ClusterSnapshots.Nights;

namespace StorageOps.Functions.Tests.ClusterSnapshots;

public sealed class PruneClusterSnapshotsFunctionTests
{
    private readonly ManualClock clock = new(At("2026-12-01T03:04:30Z"));
    private readonly InMemoryRds rds;
    private readonly PruneClusterSnapshotsFunction function;

    public PruneClusterSnapshotsFunctionTests()
    {
        rds = new InMemoryRds(clock);
        rds.AddCluster(Cluster);
        function = new PruneClusterSnapshotsFunction(new ClusterSnapshotPruner(rds, clock));
    }

    private static string Nightly(string yyyyMMdd) => $"storageops-orders-aurora-pg-{yyyyMMdd}";

    private async Task<TargetResult> PruneAsync(Night? night = null, IReadOnlyList<string>? prunedBeforeCreate = null) =>
        JsonSerializer.Deserialize(await function.InvokeAsync(PruneInput(night, prunedBeforeCreate), Invoked, CancellationToken.None), FunctionsJsonContext.Default.TargetResult)!;

    [Fact]
    public async Task InvokeAsync_WhenOwnedUnownedAndCreatingSnapshotsMix_ShouldDeleteOnlySettledOwnedOnesPastRetention()
    {
        foreach (var date in new[] { "2026-11-24", "2026-11-25", "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01" })
        {
            rds.AddNightly(date);
        }

        rds.AddNightly("2026-11-26", "creating");
        rds.AddSnapshot("before-upgrade", Cluster, At("2026-10-01T12:00:00Z"));
        rds.AddSnapshot(Nightly("20261123"), Cluster, At("2026-11-23T03:05:00Z"), tags: NightTag("2026-11-23"));
        rds.AddSnapshot("rds:orders-aurora-pg-2026-11-20-03-10", Cluster, At("2026-11-20T03:10:00Z"), type: "automated", tags: ManagedBy);
        rds.AddSnapshot(Nightly("20261101"), "billing-aurora-mysql", At("2026-11-01T03:05:00Z"), tags: [ManagedBy, NightTag("2026-11-01")]);

        var result = await PruneAsync();

        Assert.Equal(
            new TargetResult(Cluster, "aurora", "succeeded", TonightsSnapshot, null, 270, "available"),
            result with { Pruned = null });
        Assert.Equal([Nightly("20261128"), Nightly("20261127"), Nightly("20261125"), Nightly("20261124")], result.Pruned);
        Assert.Equal(
            ["before-upgrade", "rds:orders-aurora-pg-2026-11-20-03-10", Nightly("20261101"), Nightly("20261123"), Nightly("20261126"), Nightly("20261129"), Nightly("20261130"), Nightly("20261201")],
            rds.Snapshots.Select(snapshot => snapshot.DBClusterSnapshotIdentifier!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task InvokeAsync_WhenTheNightTagIsMissing_ShouldDateOurSnapshotsByTheirNameThenByTheirCreationTime()
    {
        rds.AddSnapshot(Nightly("20261201"), Cluster, At("2026-12-01T03:05:00Z"), tags: ManagedBy);
        rds.AddSnapshot("hand-made-but-tagged", Cluster, At("2026-11-30T10:00:00Z"), tags: ManagedBy);
        rds.AddSnapshot(Nightly("20261129"), Cluster, At("2026-11-29T03:05:00Z"), tags: ManagedBy);
        rds.AddSnapshot(Nightly("20261128"), Cluster, At("2026-12-01T02:00:00Z"), tags: ManagedBy);

        var result = await PruneAsync(Tonight(new RetentionPolicy(KeepDaily: 1, MinKeep: 3)));

        Assert.Equal([Nightly("20261128")], result.Pruned);
    }

    [Fact]
    public async Task InvokeAsync_WhenRetentionIsADryRun_ShouldReportWhatWouldGoAndDeleteNothing()
    {
        foreach (var date in new[] { "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01" })
        {
            rds.AddNightly(date);
        }

        var result = await PruneAsync(Tonight(Policy with { DryRun = true }));

        Assert.Equal([Nightly("20261128"), Nightly("20261127")], result.Pruned);
        Assert.Equal(5, rds.Snapshots.Count);
        Assert.Equal(0, rds.CallsOf("DeleteDBClusterSnapshot"));
    }

    [Fact]
    public async Task InvokeAsync_WhenASnapshotLosesOurTagBetweenTheListingAndItsDelete_ShouldNotDeleteIt()
    {
        foreach (var date in new[] { "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01" })
        {
            rds.AddNightly(date);
        }

        rds.AfterCall = call =>
        {
            if (call.StartsWith("DescribeDBClusterSnapshots cluster=", StringComparison.Ordinal))
            {
                rds.SetSnapshotTags(Nightly("20261127"), new Tag("team", "orders"));
            }
        };

        var result = await PruneAsync();

        Assert.Equal([Nightly("20261128")], result.Pruned);
        Assert.NotNull(rds.Snapshot(Nightly("20261127")));
        Assert.Equal(
            ["DescribeDBClusterSnapshots cluster=orders-aurora-pg type=manual marker=", $"DescribeDBClusterSnapshots {Nightly("20261128")}", $"DeleteDBClusterSnapshot {Nightly("20261128")}", $"DescribeDBClusterSnapshots {Nightly("20261127")}"],
            rds.Calls);
    }

    [Fact]
    public async Task InvokeAsync_WhenASnapshotIsAlreadyGoneOrStillBusy_ShouldCarryOnWithTheOthers()
    {
        foreach (var date in new[] { "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01" })
        {
            rds.AddNightly(date);
        }

        rds.AfterCall = call =>
        {
            if (call.StartsWith("DescribeDBClusterSnapshots cluster=", StringComparison.Ordinal))
            {
                rds.RemoveSnapshot(Nightly("20261128"));
            }
        };
        rds.FailNext("DeleteDBClusterSnapshot", new InvalidDBClusterSnapshotStateException("it is being copied", "req", System.Net.HttpStatusCode.BadRequest));

        var result = await PruneAsync();

        Assert.Equal([Nightly("20261126")], result.Pruned);
        Assert.NotNull(rds.Snapshot(Nightly("20261127")));
    }

    [Fact]
    public async Task InvokeAsync_WhenTheListingSpansSeveralPages_ShouldPlanOverEveryPage()
    {
        rds.PageSize = 2;
        foreach (var date in new[] { "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01" })
        {
            rds.AddNightly(date);
        }

        var result = await PruneAsync();

        Assert.Equal([Nightly("20261128"), Nightly("20261127"), Nightly("20261126"), Nightly("20261125")], result.Pruned);
        Assert.Equal(4, rds.Calls.Count(call => call.StartsWith("DescribeDBClusterSnapshots cluster=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task InvokeAsync_WhenCreateAlreadyPrunedForTheQuota_ShouldReportThoseFirstAndEachOnce()
    {
        foreach (var date in new[] { "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01" })
        {
            rds.AddNightly(date);
        }

        var result = await PruneAsync(prunedBeforeCreate: [Nightly("20261120"), Nightly("20261127")]);

        Assert.Equal([Nightly("20261120"), Nightly("20261127"), Nightly("20261128")], result.Pruned);
    }

    [Fact]
    public async Task InvokeAsync_WhenOnlyTonightsSnapshotIsOurs_ShouldKeepItAndPruneNothing()
    {
        rds.AddNightly("2026-12-01");
        rds.AddSnapshot("manual-old", Cluster, At("2025-01-01T00:00:00Z"));

        var result = await PruneAsync(Tonight(new RetentionPolicy(KeepDaily: 0, MinKeep: 1)));

        Assert.Empty(result.Pruned!);
        Assert.Equal(2, rds.Snapshots.Count);
    }

    [Fact]
    public async Task InvokeAsync_WhenRdsThrottlesTheDelete_ShouldSurfaceAnErrorTheStateMachineRetriesAsThrottled()
    {
        foreach (var date in new[] { "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01" })
        {
            rds.AddNightly(date);
        }

        rds.FailNext("DeleteDBClusterSnapshot", InMemoryRds.Throttling());

        var exception = await Assert.ThrowsAnyAsync<RdsServiceException>(() => function.InvokeAsync(PruneInput(), Invoked, CancellationToken.None));

        Assert.Equal(ErrorNames.Throttled, LambdaErrorDocument.From(exception).ErrorType);
    }

    [Theory]
    [InlineData("startedAt")]
    [InlineData("snapshot")]
    [InlineData("target")]
    public async Task InvokeAsync_WhenARequiredMemberIsMissing_ShouldFailWithValidationErrorBeforeAnyAwsCall(string member)
    {
        var input = System.Text.Json.Nodes.JsonNode.Parse(PruneInput())!.AsObject();
        input.Remove(member);

        await Assert.ThrowsAsync<InvalidInputException>(() => function.InvokeAsync(input.ToJsonString(), Invoked, CancellationToken.None));

        Assert.Empty(rds.Calls);
    }
}
