using System.Net;
using System.Text.Json.Nodes;
using StorageOps.Aws.DocDbElastic;
using StorageOps.Functions.Errors;
using StorageOps.Functions.NightSummaries;
using StorageOps.Functions.Retention;

namespace StorageOps.Functions.Tests.ElasticSnapshots;

public sealed class PruneElasticSnapshotsFunctionTests
{
    private static readonly DateOnly Tonight = new(2026, 12, 1);
    private readonly ElasticSnapshotScenario scenario = new();
    private readonly Dictionary<DateOnly, InMemoryDocDbElastic.Snapshot> owned = [];
    private InMemoryDocDbElastic.Snapshot unownedWithOurName = null!;
    private InMemoryDocDbElastic.Snapshot foreign = null!;
    private InMemoryDocDbElastic.Snapshot stillCopying = null!;

    /// <summary>Seven owned nightly copies (11-25 … 12-01), an old owned copy still COPYING, an un-owned one named like ours, a foreign manual snapshot and an automated one.</summary>
    private void SeedMixedHistory()
    {
        scenario.AddAutomated(hoursBefore: 2);
        for (var night = Tonight.AddDays(-6); night <= Tonight; night = night.AddDays(1))
        {
            owned[night] = scenario.AddNightly(night, ElasticSnapshotScenario.OursFor(night));
        }

        stillCopying = scenario.AddNightly(Tonight.AddDays(-10), ElasticSnapshotScenario.OursFor(Tonight.AddDays(-10)), status: "COPYING");
        unownedWithOurName = scenario.AddNightly(Tonight.AddDays(-12), tags: new Dictionary<string, string> { ["storageops:night"] = "2026-11-19" });
        foreign = scenario.Elastic.Add(scenario.Target.Arn, "before-upgrade", "MANUAL", ElasticSnapshotScenario.ScheduledTime.AddDays(-40));
    }

    private IReadOnlyList<string> NamesOf(params int[] daysBeforeTonight) =>
        [.. daysBeforeTonight.Select(days => owned[Tonight.AddDays(-days)].Name)];

    [Fact]
    public async Task InvokeAsync_WhenTheHistoryMixesOwnedUnownedAndCopyingSnapshots_ShouldDeleteOnlyOwnedSettledOnesThePolicyDrops()
    {
        SeedMixedHistory();

        var result = await scenario.PruneAsync();

        Assert.Equal(NamesOf(3, 4, 5, 6).Order(), result.Pruned!.Order());
        Assert.All(NamesOf(0, 1, 2), name => Assert.NotNull(scenario.Elastic.Find(name)));
        Assert.All(NamesOf(3, 4, 5, 6), name => Assert.Null(scenario.Elastic.Find(name)));
        Assert.Contains(stillCopying, scenario.Elastic.All);
        Assert.Contains(unownedWithOurName, scenario.Elastic.All);
        Assert.Contains(foreign, scenario.Elastic.All);
        Assert.Equal(4, scenario.Elastic.Operations.Count(operation => operation == "DeleteClusterSnapshot"));
    }

    [Fact]
    public async Task InvokeAsync_WhenPruning_ShouldReadTagsOnlyOfNamesOursCouldHaveAndListEveryManualPage()
    {
        SeedMixedHistory();

        await scenario.PruneAsync();

        Assert.DoesNotContain($"ListTagsForResource {foreign.Arn}", scenario.Elastic.Calls);
        Assert.Contains($"ListTagsForResource {unownedWithOurName.Arn}", scenario.Elastic.Calls);
        // 8 names of ours read once while planning (not tonight's copy: the copy step made it), and the 4 to delete read again right before each delete.
        Assert.Equal(12, scenario.Elastic.Operations.Count(operation => operation == "ListTagsForResource"));
        Assert.DoesNotContain($"ListTagsForResource {owned[Tonight].Arn}", scenario.Elastic.Calls);
        var lists = scenario.Elastic.Calls.Where(call => call.StartsWith("ListClusterSnapshots", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, lists.Count);
        Assert.All(lists, call => Assert.Contains($"{scenario.Target.Arn} manual", call, StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvokeAsync_WhenPruned_ShouldReturnTheTargetsSucceededResultWithItsDuration()
    {
        SeedMixedHistory();
        scenario.Clock.Now = ElasticSnapshotScenario.ScheduledTime.AddSeconds(95.5);

        var json = await ElasticSnapshotScenario.InvokeAsync(
            scenario.PruneFunction(),
            scenario.PruneJson(ElasticSnapshotScenario.NightOf(), ElasticSnapshotScenario.CopyName, ElasticSnapshotScenario.ScheduledTime));

        var result = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(["cluster", "kind", "outcome", "snapshot", "pruned", "durationSeconds"], result.Select(member => member.Key));
        Assert.Equal(ElasticSnapshotScenario.Cluster, (string?)result["cluster"]);
        Assert.Equal("docdb-elastic", (string?)result["kind"]);
        Assert.Equal(TargetOutcomes.Succeeded, (string?)result["outcome"]);
        Assert.Equal(ElasticSnapshotScenario.CopyName, (string?)result["snapshot"]);
        Assert.Equal(95.5, (double)result["durationSeconds"]!);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheNightTagDiffersFromTheName_ShouldPlanByTheTag()
    {
        scenario.AddNightly(Tonight, ElasticSnapshotScenario.OursFor(Tonight));
        var renamed = scenario.AddNightly(Tonight.AddDays(-1), ElasticSnapshotScenario.OursFor(Tonight.AddDays(-30)));
        var yesterday = scenario.Elastic.Add(scenario.Target.Arn, "storageops-orders-docdb-20261101", "MANUAL", ElasticSnapshotScenario.ScheduledTime.AddDays(-2), tags: ElasticSnapshotScenario.OursFor(Tonight.AddDays(-2)));

        var result = await scenario.PruneAsync(ElasticSnapshotScenario.NightOf(retention: new RetentionPolicy(KeepDaily: 2, MinKeep: 2)));

        Assert.Equal([renamed.Name], result.Pruned);
        Assert.Contains(yesterday, scenario.Elastic.All);
    }

    [Fact]
    public async Task InvokeAsync_WhenDryRun_ShouldReportWhatWouldBeDeletedAndDeleteNothing()
    {
        SeedMixedHistory();
        var before = scenario.Elastic.All.ToList();

        var result = await scenario.PruneAsync(ElasticSnapshotScenario.NightOf(retention: new RetentionPolicy(KeepDaily: 3, MinKeep: 3, DryRun: true)));

        Assert.Equal(NamesOf(3, 4, 5, 6).Order(), result.Pruned!.Order());
        Assert.Equal(before, scenario.Elastic.All);
        Assert.DoesNotContain("DeleteClusterSnapshot", scenario.Elastic.Operations);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheOwnershipTagIsGoneByTheTimeOfTheDelete_ShouldLeaveThatSnapshot()
    {
        SeedMixedHistory();
        var oldest = owned[Tonight.AddDays(-6)];
        scenario.Elastic.AnswerTagsNext(oldest.Arn, ElasticSnapshotScenario.OursFor(Tonight.AddDays(-6)));
        scenario.Elastic.AnswerTagsNext(oldest.Arn, new Dictionary<string, string> { ["owner"] = "dba" });

        var result = await scenario.PruneAsync();

        Assert.Contains(oldest, scenario.Elastic.All);
        Assert.DoesNotContain($"DeleteClusterSnapshot {oldest.Arn}", scenario.Elastic.Calls);
        Assert.Equal(NamesOf(3, 4, 5).Order(), result.Pruned!.Order());
    }

    [Fact]
    public async Task InvokeAsync_WhenASnapshotIsAlreadyGoneAtItsDelete_ShouldSucceedAndDeleteTheOthers()
    {
        SeedMixedHistory();
        scenario.Elastic.FailNext("DeleteClusterSnapshot", new ResourceNotFoundException("gone", "req", HttpStatusCode.NotFound, "x", "snapshot"));

        var result = await scenario.PruneAsync();

        Assert.Equal(3, result.Pruned!.Count);
        Assert.Equal(4, scenario.Elastic.Operations.Count(operation => operation == "DeleteClusterSnapshot"));
    }

    [Fact]
    public async Task InvokeAsync_WhenFewerOwnedThanMinKeep_ShouldDeleteNothing()
    {
        scenario.AddNightly(Tonight, ElasticSnapshotScenario.OursFor(Tonight));
        scenario.AddNightly(Tonight.AddDays(-20), ElasticSnapshotScenario.OursFor(Tonight.AddDays(-20)));

        var result = await scenario.PruneAsync(ElasticSnapshotScenario.NightOf(retention: new RetentionPolicy(KeepDaily: 1, MinKeep: 2)));

        Assert.Empty(result.Pruned!);
        Assert.DoesNotContain("DeleteClusterSnapshot", scenario.Elastic.Operations);
    }

    [Theory]
    [InlineData("ListClusterSnapshots")]
    [InlineData("ListTagsForResource")]
    [InlineData("DeleteClusterSnapshot")]
    public async Task InvokeAsync_WhenDocumentDbElasticThrottles_ShouldFailWithThrottled(string operation)
    {
        SeedMixedHistory();
        scenario.Elastic.FailNext(operation, InMemoryDocDbElastic.Throttling());

        var failure = await ElasticSnapshotScenario.FailureOf(() => scenario.PruneAsync());

        Assert.Equal(ErrorNames.Throttled, failure.ErrorType);
    }

    [Fact]
    public async Task InvokeAsync_WhenRetriedAfterAThrottledDelete_ShouldFinishThePruning()
    {
        SeedMixedHistory();
        scenario.Elastic.FailNext("DeleteClusterSnapshot", InMemoryDocDbElastic.Throttling());
        await ElasticSnapshotScenario.FailureOf(() => scenario.PruneAsync());

        await scenario.PruneAsync();

        Assert.All(NamesOf(3, 4, 5, 6), name => Assert.Null(scenario.Elastic.Find(name)));
        Assert.All(NamesOf(0, 1, 2), name => Assert.NotNull(scenario.Elastic.Find(name)));
    }

    [Fact]
    public async Task InvokeAsync_WhenTheSnapshotIsNotTheNightsCopy_ShouldFailWithValidationErrorBeforeAnyAwsCall()
    {
        var failure = await ElasticSnapshotScenario.FailureOf(() => scenario.PruneAsync(snapshot: "storageops-orders-docdb-20261130"));

        Assert.Equal(ErrorNames.ValidationError, failure.ErrorType);
        Assert.Empty(scenario.Elastic.Calls);
    }

    [Theory]
    [InlineData("\"startedAt\":\"2026-12-01T03:00:00+00:00\"", "\"startedAt\":null")]
    [InlineData("\"snapshot\":\"storageops-orders-docdb-20261201\",", "")]
    [InlineData("\"keepDaily\":3", "\"keepDaily\":-1")]
    [InlineData("\"kind\":\"docdb-elastic\"", "\"kind\":\"aurora\"")]
    public async Task InvokeAsync_WhenTheInputIsInvalid_ShouldFailWithValidationErrorBeforeAnyAwsCall(string fragment, string replacement)
    {
        var valid = scenario.PruneJson(ElasticSnapshotScenario.NightOf(), ElasticSnapshotScenario.CopyName, ElasticSnapshotScenario.ScheduledTime);
        Assert.Contains(fragment, valid, StringComparison.Ordinal);

        var failure = await ElasticSnapshotScenario.FailureOf(() => ElasticSnapshotScenario.InvokeAsync(scenario.PruneFunction(), valid.Replace(fragment, replacement, StringComparison.Ordinal)));

        Assert.Equal(ErrorNames.ValidationError, failure.ErrorType);
        Assert.Empty(scenario.Elastic.Calls);
    }
}
