using System.Globalization;
using StorageOps.Functions.ClusterSnapshots;
using StorageOps.Functions.SnapshotTargets;
using StorageOps.Simulator.Rds;
using StorageOps.StatesLanguage.Execution;

namespace EndToEnd.Tests.NightlySnapshots;

/// <summary>
/// The region at 99 of its 100 manual DB cluster snapshots when the night starts: each tagged cluster holds twelve old
/// snapshots of ours (June 2026), the rest are someone else's. Tonight's creates meet the full quota, prune the cluster's
/// own old snapshots first and create then; every target succeeds and nothing foreign is deleted (mutation tried: no
/// prune before the retry — five targets fail SnapshotQuotaExceeded). Five deletions per prune-first is on purpose: more
/// than the creates that can race it, so a retry after pruning always finds room however the children interleave.
/// </summary>
public sealed class NightlySnapshotsQuotaTests
{
    private const string Night = "2026-12-01";
    private const string ScheduledTime = "2026-12-01T03:00:00Z";
    private const string StoppedCluster = "legacy-billing-aurora-mysql";
    private const int OwnedPerCluster = 12;
    private static readonly DateOnly NightDate = new(2026, 12, 1);
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Night_WhenTheRegionHolds99Of100ManualSnapshots_ShouldPruneOurOwnFirstThenCreateEveryTargetAndWarnOfTheQuota()
    {
        await using var environment = await NightlyFleet.StartAsync(options => NightlyFleet.WithVariables(
            NightlyFleet.AfterSeed(options, simulator => simulator with { RdsFleet = AtQuota(simulator.RdsFleet) }),
            new Dictionary<string, string>
            {
                ["STORAGEOPS_RETENTION_KEEP_DAILY"] = "7",
                ["STORAGEOPS_RETENTION_KEEP_WEEKLY"] = "4",
                ["STORAGEOPS_RETENTION_KEEP_MONTHLY"] = "3",
                ["STORAGEOPS_RETENTION_MIN_KEEP"] = "3",
            }));
        var before = NightlyFleet.ManualClusterSnapshots(environment);
        Assert.Equal(99, before.Count);
        Assert.Equal(100, environment.Simulator.Rds.ManualClusterSnapshotQuota);
        var foreign = before.Where(snapshot => !snapshot.TagList.Contains(new RdsTag(NightlyFleet.ManagedByTagKey, "storageops")))
            .Select(snapshot => snapshot.DBClusterSnapshotIdentifier).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(99 - (OwnedPerCluster * 7), foreign.Count);
        var protectedAurora = NightlyFleet.AuroraClusters(environment).Where(cluster => NightlyFleet.IsTagged(cluster) && cluster.Status == DBClusterStatuses.Available)
            .Select(cluster => cluster.DBClusterIdentifier).ToList();
        Assert.Equal(6, protectedAurora.Count);

        var result = await NightlyFleet.RunNightAsync(environment, ScheduledTime);

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        var summary = result.Output!;
        Assert.Equal(
            (Night, true, 10, 9, 0, 1, 6 * 6),
            ((string?)summary["night"], (bool?)summary["passed"], (int?)summary["targets"], (int?)summary["succeeded"], (int?)summary["failed"], (int?)summary["skipped"], (int?)summary["pruned"]));
        var quota = summary["quota"]!;
        Assert.Equal((99, 100, 1, 99.0), ((int?)quota["used"], (int?)quota["limit"], (int?)quota["headroom"], (double?)quota["percentUsed"]));
        Assert.Contains("99 of the 100", (string?)quota["warning"], StringComparison.Ordinal);

        // Default GFS (7 daily, 4 weekly, 3 monthly, min 3) over tonight + 1..12 June: 7 June nights are the daily ones
        // together with tonight, 7 June is the newest of its ISO week and 12 June of its month; 1..6 June go.
        var after = NightlyFleet.ManualClusterSnapshots(environment);
        foreach (var cluster in protectedAurora)
        {
            var line = NightlyFleet.ResultOf(summary, cluster);
            Assert.Equal(("succeeded", NightlySnapshotName.For(cluster, NightDate)), ((string?)line["outcome"], (string?)line["snapshot"]));
            Assert.Equal(
                Enumerable.Range(1, 6).Select(day => OldName(cluster, day)).Order(StringComparer.Ordinal),
                line["pruned"]!.AsArray().Select(id => (string?)id).Order(StringComparer.Ordinal));
            Assert.Equal(
                Enumerable.Range(7, 6).Select(day => OldName(cluster, day)).Append(NightlySnapshotName.For(cluster, NightDate)).Order(StringComparer.Ordinal),
                after.Where(snapshot => snapshot.DBClusterIdentifier == cluster && !foreign.Contains(snapshot.DBClusterSnapshotIdentifier))
                    .Select(snapshot => snapshot.DBClusterSnapshotIdentifier).Order(StringComparer.Ordinal));
        }

        // The stopped cluster is skipped: nothing of it is created or pruned.
        Assert.Equal(("skipped", "stopped"), ((string?)NightlyFleet.ResultOf(summary, StoppedCluster)["outcome"], (string?)NightlyFleet.ResultOf(summary, StoppedCluster)["status"]));
        Assert.Equal(OwnedPerCluster, after.Count(snapshot => snapshot.DBClusterIdentifier == StoppedCluster && !foreign.Contains(snapshot.DBClusterSnapshotIdentifier)));
        Assert.Subset(after.Select(snapshot => snapshot.DBClusterSnapshotIdentifier).ToHashSet(StringComparer.Ordinal), foreign);
        Assert.Equal(99 - 36 + 6, after.Count);

        // Prune first, then create: the quota refused some creates; the create function then deleted five of that
        // cluster's own old snapshots (1..5 June, before tonight's snapshot counted) and its retried create succeeded.
        var log = environment.Simulator.RequestLog.Snapshot();
        var createFunction = NightlyFleet.AccessKeyOf(environment, CreateClusterSnapshotFunction.HandlerName);
        var refused = log.Count(request => request.Operation == "CreateDBClusterSnapshot" && request.StatusCode == 400);
        Assert.InRange(refused, 1, protectedAurora.Count - 1);
        Assert.Equal(protectedAurora.Count, log.Count(request => request.Operation == "CreateDBClusterSnapshot" && request.StatusCode == 200));
        Assert.Equal(5 * refused, log.Count(request => request.Operation == "DeleteDBClusterSnapshot" && request.StatusCode == 200 && request.AccessKeyId == createFunction));
        var firstRefusal = log.ToList().FindIndex(request => request.Operation == "CreateDBClusterSnapshot" && request.StatusCode == 400);
        var firstDelete = log.ToList().FindIndex(request => request.Operation == "DeleteDBClusterSnapshot");
        Assert.True(firstRefusal < firstDelete, "nothing is pruned before the quota refuses a create");

        NightlyFleet.SinglePublishedSummary(environment, result);
    }

    private static string OldName(string cluster, int juneDay) => NightlySnapshotName.For(cluster, new DateOnly(2026, 6, juneDay));

    /// <summary>
    /// The nightly fleet with 12 snapshots of ours per tagged cluster (the stopped one included) and someone else's
    /// snapshots up to 99: one per tagged cluster named as ours would be but without our ownership tag, the rest on the
    /// untagged clusters (the seed file's two manual snapshots count among them).
    /// </summary>
    private static RdsFleetSeed AtQuota(RdsFleetSeed fleet)
    {
        var tagged = fleet.Clusters.Where(cluster => cluster.Tags.Any(tag => tag is { Key: NightlyFleet.SnapshotTagKey, Value: NightlyFleet.SnapshotTagValue })).ToList();
        var untagged = fleet.Clusters.Except(tagged).ToList();
        var existing = fleet.Clusters.Sum(cluster => cluster.ManualSnapshots.Count);
        var foreignLeft = 99 - (OwnedPerCluster * tagged.Count) - existing - tagged.Count;
        return fleet with
        {
            Clusters =
            [
                .. tagged.Select(cluster => cluster with
                {
                    ManualSnapshots =
                    [
                        .. cluster.ManualSnapshots,
                        .. Enumerable.Range(1, OwnedPerCluster).Select(day => Snapshot(
                            OldName(cluster.DBClusterIdentifier, day),
                            new DateOnly(2026, 6, day),
                            new RdsTag(NightlyFleet.ManagedByTagKey, "storageops"),
                            new RdsTag(NightlyFleet.NightTagKey, $"2026-06-{day:D2}"))),
                        Snapshot(
                            NightlySnapshotName.For(cluster.DBClusterIdentifier, new DateOnly(2026, 5, 1)),
                            new DateOnly(2026, 5, 1),
                            new RdsTag(NightlyFleet.NightTagKey, "2026-05-01"),
                            new RdsTag(NightlyFleet.ManagedByTagKey, "someone-else")),
                    ],
                }),
                .. untagged.Select((cluster, index) => cluster with
                {
                    ManualSnapshots =
                    [
                        .. cluster.ManualSnapshots,
                        .. Enumerable.Range(0, (foreignLeft / untagged.Count) + (index < foreignLeft % untagged.Count ? 1 : 0))
                            .Select(number => Snapshot(string.Create(CultureInfo.InvariantCulture, $"{cluster.DBClusterIdentifier}-manual-{number:D2}"), new DateOnly(2026, 4, 1 + number))),
                    ],
                }),
            ],
        };
    }

    private static DBClusterSnapshotSeed Snapshot(string identifier, DateOnly takenOn, params RdsTag[] tags) => new()
    {
        DBClusterSnapshotIdentifier = identifier,
        Age = Start - new DateTimeOffset(takenOn.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero),
        Tags = tags,
    };
}
