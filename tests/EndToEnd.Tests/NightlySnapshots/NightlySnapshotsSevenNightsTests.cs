using System.Globalization;
using StorageOps.Functions.SnapshotTargets;
using StorageOps.Local.Runner;
using StorageOps.Simulator.DocDbElastic;
using StorageOps.Simulator.Rds;
using StorageOps.StatesLanguage.Execution;

namespace EndToEnd.Tests.NightlySnapshots;

/// <summary>
/// Seven nights back to back on the virtual clock (2026-11-25 .. 2026-12-01, each at the schedule's 03:00 UTC) under a
/// grandfather-father-son policy of 2 daily, 2 weekly, 3 monthly, at least 1. Every tagged cluster starts with three
/// snapshots of ours from earlier nights (30 Sep, 31 Oct, 15 Nov) and one of someone else's named as ours would be. What
/// each night keeps is worked out here from the policy itself, night after night, not by RetentionPlanner (mutation tried:
/// RetentionPlanner ignoring keepWeekly — both tests fail).
/// </summary>
public sealed class NightlySnapshotsSevenNightsTests
{
    private const int KeepDaily = 2;
    private const int KeepWeekly = 2;
    private const int KeepMonthly = 3;
    private const int MinKeep = 1;
    private static readonly DateOnly FirstNight = new(2026, 11, 25);
    private static readonly DateOnly[] EarlierNights = [new(2026, 9, 30), new(2026, 10, 31), new(2026, 11, 15)];
    private static readonly DateOnly ForeignNight = new(2026, 10, 1);
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SevenNights_WhenRunBackToBack_ShouldKeepExactlyWhatThePolicySaysForAuroraAndElasticAndTouchNothingElse()
    {
        await using var environment = await StartAsync(dryRun: false);
        var targets = Targets(environment);
        var foreign = ForeignSnapshots(environment);
        var kept = targets.ToDictionary(target => target, _ => new SortedSet<DateOnly>(EarlierNights));
        var pruned = 0;

        for (var night = FirstNight; night <= FirstNight.AddDays(6); night = night.AddDays(1))
        {
            var result = await RunAsync(environment, night);

            var expectedPrunedTonight = 0;
            foreach (var target in targets)
            {
                var before = kept[target].Append(night).ToHashSet();
                var keep = Keep(before);
                var deleted = before.Except(keep).Select(gone => NightlySnapshotName.For(target.Cluster, gone)).Order(StringComparer.Ordinal).ToList();
                var line = NightlyFleet.ResultOf(result.Output!, target.Cluster);
                Assert.Equal(("succeeded", NightlySnapshotName.For(target.Cluster, night)), ((string?)line["outcome"], (string?)line["snapshot"]));
                Assert.Equal(deleted, line["pruned"]!.AsArray().Select(id => (string?)id).Order(StringComparer.Ordinal));
                kept[target] = new SortedSet<DateOnly>(keep);
                Assert.Equal(kept[target].Select(day => NightlySnapshotName.For(target.Cluster, day)).Order(StringComparer.Ordinal), OwnedNames(environment, target));
                expectedPrunedTonight += deleted.Count;
            }

            Assert.Equal((false, expectedPrunedTonight, true), ((bool?)result.Output!["dryRun"], (int?)result.Output["pruned"], (bool?)result.Output["passed"]));
            pruned += expectedPrunedTonight;
            Assert.Equal(foreign, ForeignSnapshots(environment));
        }

        // The same, by hand: 1 Dec and 30 Nov are the 2 daily ones, 29 Nov the newest of the other ISO week (23..29 Nov),
        // 31 Oct the newest of the third month; 30 Sep, 15 Nov and 25..28 Nov are gone.
        DateOnly[] byHand = [new(2026, 10, 31), new(2026, 11, 29), new(2026, 11, 30), new(2026, 12, 1)];
        Assert.All(targets, target => Assert.Equal(byHand, kept[target]));
        Assert.Equal(targets.Count * (EarlierNights.Length + 7 - byHand.Length), pruned);
        Assert.Equal(7, NightlyFleet.Summaries(environment).Count);
    }

    [Fact]
    public async Task SevenNights_WhenRetentionIsADryRun_ShouldDeleteNothingAndReportEachNightWhatItWouldDelete()
    {
        await using var environment = await StartAsync(dryRun: true);
        var targets = Targets(environment);
        var foreign = ForeignSnapshots(environment);

        for (var night = FirstNight; night <= FirstNight.AddDays(6); night = night.AddDays(1))
        {
            var result = await RunAsync(environment, night);

            var nightsSoFar = EarlierNights.Concat(Enumerable.Range(0, night.DayNumber - FirstNight.DayNumber + 1).Select(FirstNight.AddDays)).ToHashSet();
            var wouldDelete = nightsSoFar.Except(Keep(nightsSoFar)).ToList();
            foreach (var target in targets)
            {
                var line = NightlyFleet.ResultOf(result.Output!, target.Cluster);
                Assert.Equal(
                    wouldDelete.Select(gone => NightlySnapshotName.For(target.Cluster, gone)).Order(StringComparer.Ordinal),
                    line["pruned"]!.AsArray().Select(id => (string?)id).Order(StringComparer.Ordinal));
                Assert.Equal(nightsSoFar.Select(day => NightlySnapshotName.For(target.Cluster, day)).Order(StringComparer.Ordinal), OwnedNames(environment, target));
            }

            Assert.Equal((true, targets.Count * wouldDelete.Count), ((bool?)result.Output!["dryRun"], (int?)result.Output["pruned"]));
            Assert.Equal(foreign, ForeignSnapshots(environment));
        }

        Assert.DoesNotContain(environment.Simulator.RequestLog.Snapshot(), request => request.Operation is "DeleteDBClusterSnapshot" or "DeleteClusterSnapshot");
    }

    /// <summary>The policy, applied to one cluster's nights (one snapshot of ours per night): what stays.</summary>
    private static HashSet<DateOnly> Keep(IEnumerable<DateOnly> nights)
    {
        var newestFirst = nights.Distinct().OrderDescending().ToList();
        var keep = newestFirst.Take(Math.Max(MinKeep, KeepDaily)).ToHashSet();
        keep.UnionWith(newestFirst.GroupBy(night => (ISOWeek.GetYear(night.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(night.ToDateTime(TimeOnly.MinValue)))).Take(KeepWeekly).Select(week => week.First()));
        keep.UnionWith(newestFirst.GroupBy(night => (night.Year, night.Month)).Take(KeepMonthly).Select(month => month.First()));
        return keep;
    }

    private static async Task<LocalEnvironment> StartAsync(bool dryRun)
    {
        var environment = await NightlyFleet.StartAsync(
            options => NightlyFleet.WithVariables(
                NightlyFleet.AfterSeed(options, simulator => simulator with { RdsFleet = WithHistory(simulator.RdsFleet) }),
                new Dictionary<string, string>
                {
                    ["STORAGEOPS_RETENTION_KEEP_DAILY"] = KeepDaily.ToString(CultureInfo.InvariantCulture),
                    ["STORAGEOPS_RETENTION_KEEP_WEEKLY"] = KeepWeekly.ToString(CultureInfo.InvariantCulture),
                    ["STORAGEOPS_RETENTION_KEEP_MONTHLY"] = KeepMonthly.ToString(CultureInfo.InvariantCulture),
                    ["STORAGEOPS_RETENTION_MIN_KEEP"] = MinKeep.ToString(CultureInfo.InvariantCulture),
                    ["STORAGEOPS_RETENTION_DRY_RUN"] = dryRun ? "true" : "false",
                }),
            Start);
        SeedElasticHistory(environment);
        return environment;
    }

    private static async Task<ExecutionResult> RunAsync(LocalEnvironment environment, DateOnly night)
    {
        var result = await NightlyFleet.RunNightAsync(environment, $"{Format(night)}T03:00:00Z");
        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{night}: {result.Error}: {result.Cause}");
        Assert.Equal(night.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (string?)result.Output!["night"]);
        return result;
    }

    /// <summary>Our earlier snapshots and someone else's look-alike on every tagged available Aurora cluster, as the seed has them.</summary>
    private static RdsFleetSeed WithHistory(RdsFleetSeed fleet) => fleet with
    {
        Clusters =
        [
            .. fleet.Clusters.Select(cluster => !IsTarget(cluster) ? cluster : cluster with
            {
                ManualSnapshots =
                [
                    .. cluster.ManualSnapshots,
                    .. EarlierNights.Select(night => new DBClusterSnapshotSeed
                    {
                        DBClusterSnapshotIdentifier = NightlySnapshotName.For(cluster.DBClusterIdentifier, night),
                        Age = Start - At(night),
                        Tags = [new RdsTag(NightlyFleet.ManagedByTagKey, "storageops"), new RdsTag(NightlyFleet.NightTagKey, Format(night))],
                    }),
                    new DBClusterSnapshotSeed
                    {
                        DBClusterSnapshotIdentifier = NightlySnapshotName.For(cluster.DBClusterIdentifier, ForeignNight),
                        Age = Start - At(ForeignNight),
                        Tags = [new RdsTag(NightlyFleet.NightTagKey, Format(ForeignNight))],
                    },
                ],
            }),
        ],
    };

    private static bool IsTarget(DBClusterSeed cluster) =>
        cluster.Status == DBClusterStatuses.Available && cluster.Tags.Contains(new RdsTag(NightlyFleet.SnapshotTagKey, NightlyFleet.SnapshotTagValue));

    /// <summary>The same history for every tagged DocumentDB Elastic cluster: copies of its newest automated snapshot.</summary>
    private static void SeedElasticHistory(LocalEnvironment environment)
    {
        var scope = NightlyFleet.Home(environment);
        foreach (var cluster in NightlyFleet.ElasticClusters(environment).Where(cluster => NightlyFleet.IsTagged(environment, cluster)))
        {
            var source = environment.Simulator.DocDbElastic.PeekClusterSnapshots(scope)
                .Where(snapshot => snapshot.ClusterArn == cluster.ClusterArn && snapshot.SnapshotType == ElasticSnapshotTypes.Automated)
                .MaxBy(snapshot => snapshot.SnapshotCreationTime)!;
            foreach (var night in EarlierNights)
            {
                environment.Simulator.DocDbElastic.CopyClusterSnapshot(scope, new CopyClusterSnapshotRequest
                {
                    SnapshotArn = source.SnapshotArn,
                    TargetSnapshotName = NightlySnapshotName.For(cluster.ClusterName, night),
                    Tags = new Dictionary<string, string> { [NightlyFleet.ManagedByTagKey] = "storageops", [NightlyFleet.NightTagKey] = Format(night) },
                });
            }

            environment.Simulator.DocDbElastic.CopyClusterSnapshot(scope, new CopyClusterSnapshotRequest
            {
                SnapshotArn = source.SnapshotArn,
                TargetSnapshotName = NightlySnapshotName.For(cluster.ClusterName, ForeignNight),
            });
        }
    }

    private static List<(string Kind, string Cluster)> Targets(LocalEnvironment environment)
    {
        List<(string Kind, string Cluster)> targets =
        [
            .. NightlyFleet.AuroraClusters(environment).Where(cluster => NightlyFleet.IsTagged(cluster) && cluster.Status == DBClusterStatuses.Available).Select(cluster => ("aurora", cluster.DBClusterIdentifier)),
            .. NightlyFleet.ElasticClusters(environment).Where(cluster => NightlyFleet.IsTagged(environment, cluster)).Select(cluster => ("docdb-elastic", cluster.ClusterName)),
        ];
        Assert.True(targets.Count(target => target.Kind == "aurora") >= 5 && targets.Count(target => target.Kind == "docdb-elastic") >= 3);
        return targets;
    }

    /// <summary>The target's snapshots (Aurora) or copies (DocumentDB Elastic) that carry our ownership tag.</summary>
    private static List<string> OwnedNames(LocalEnvironment environment, (string Kind, string Cluster) target)
    {
        var scope = NightlyFleet.Home(environment);
        if (target.Kind == "aurora")
        {
            return
            [
                .. NightlyFleet.ManualClusterSnapshots(environment)
                    .Where(snapshot => snapshot.DBClusterIdentifier == target.Cluster && snapshot.TagList.Contains(new RdsTag(NightlyFleet.ManagedByTagKey, "storageops")))
                    .Select(snapshot => snapshot.DBClusterSnapshotIdentifier)
                    .Order(StringComparer.Ordinal),
            ];
        }

        var arn = NightlyFleet.ElasticClusters(environment).Single(cluster => cluster.ClusterName == target.Cluster).ClusterArn;
        return
        [
            .. NightlyFleet.ManualElasticSnapshots(environment)
                .Where(snapshot => snapshot.ClusterArn == arn && environment.Simulator.DocDbElastic.ListTagsForResource(scope, snapshot.SnapshotArn).GetValueOrDefault(NightlyFleet.ManagedByTagKey) == "storageops")
                .Select(snapshot => snapshot.SnapshotName)
                .Order(StringComparer.Ordinal),
        ];
    }

    /// <summary>Every manual snapshot and copy without our ownership tag, by id and creation time.</summary>
    private static HashSet<string> ForeignSnapshots(LocalEnvironment environment)
    {
        var scope = NightlyFleet.Home(environment);
        var foreign = new HashSet<string>(StringComparer.Ordinal);
        foreign.UnionWith(NightlyFleet.ManualClusterSnapshots(environment)
            .Where(snapshot => !snapshot.TagList.Contains(new RdsTag(NightlyFleet.ManagedByTagKey, "storageops")))
            .Select(snapshot => $"{snapshot.DBClusterSnapshotIdentifier}@{snapshot.SnapshotCreateTime:O}"));
        foreign.UnionWith(NightlyFleet.ManualElasticSnapshots(environment)
            .Where(snapshot => !environment.Simulator.DocDbElastic.ListTagsForResource(scope, snapshot.SnapshotArn).ContainsKey(NightlyFleet.ManagedByTagKey))
            .Select(snapshot => $"{snapshot.SnapshotArn}@{snapshot.SnapshotCreationTime:O}"));
        Assert.True(foreign.Count >= 2 + 6 + 3, "the seed's two foreign snapshots and a look-alike per target");
        return foreign;
    }

    private static DateTimeOffset At(DateOnly night) => new(night.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);

    private static string Format(DateOnly night) => night.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
