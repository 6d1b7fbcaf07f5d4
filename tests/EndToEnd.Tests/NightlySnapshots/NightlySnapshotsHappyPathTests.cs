using System.Text.Json.Nodes;
using StorageOps.Functions.SnapshotTargets;
using StorageOps.StatesLanguage.Execution;

namespace EndToEnd.Tests.NightlySnapshots;

/// <summary>
/// nightly-snapshots as deployed, fired by its schedule: template.yaml's wiring, the real handlers and AWS clients over HTTP
/// to the simulator seeded with the nightly fleet, the distributed Map on the engine, one virtual clock.
/// </summary>
public sealed class NightlySnapshotsHappyPathTests
{
    private const string Night = "2026-12-01";
    private const string ScheduledTime = "2026-12-01T03:00:00Z";
    private static readonly DateOnly NightDate = new(2026, 12, 1);

    [Fact]
    public async Task Night_WhenFiredOverTheNightlyFleet_ShouldProtectEveryTaggedAvailableClusterAndPublishTheSummaryOnce()
    {
        await using var environment = await NightlyFleet.StartAsync();
        var aurora = NightlyFleet.AuroraClusters(environment);
        var elastic = NightlyFleet.ElasticClusters(environment);
        var taggedAurora = aurora.Where(NightlyFleet.IsTagged).ToList();
        var taggedElastic = elastic.Where(cluster => NightlyFleet.IsTagged(environment, cluster)).ToList();
        var availableAurora = taggedAurora.Where(cluster => cluster.Status == "available").ToList();
        Assert.True(availableAurora.Count >= 5 && taggedElastic.Count >= 3 && taggedAurora.Count > availableAurora.Count, "the nightly fleet has ≥5 tagged available Aurora clusters, ≥3 tagged DocumentDB Elastic clusters and a tagged stopped one");
        var snapshotsBefore = NightlyFleet.ManualClusterSnapshots(environment).Select(snapshot => snapshot.DBClusterSnapshotIdentifier).ToHashSet(StringComparer.Ordinal);
        var copiesBefore = NightlyFleet.ManualElasticSnapshots(environment).Select(snapshot => snapshot.SnapshotName).ToHashSet(StringComparer.Ordinal);
        var othersSnapshots = NightlyFleet.ManualClusterSnapshots(environment)
            .Where(snapshot => !snapshot.TagList.Any(tag => tag.Key == NightlyFleet.ManagedByTagKey))
            .Select(snapshot => snapshot.DBClusterSnapshotIdentifier).ToHashSet(StringComparer.Ordinal);
        var othersCopies = NightlyFleet.ManualElasticSnapshots(environment)
            .Where(snapshot => !environment.Simulator.DocDbElastic.ListTagsForResource(NightlyFleet.Home(environment), snapshot.SnapshotArn).ContainsKey(NightlyFleet.ManagedByTagKey))
            .Select(snapshot => snapshot.SnapshotArn).ToHashSet(StringComparer.Ordinal);

        var result = await NightlyFleet.RunNightAsync(environment, ScheduledTime);

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        var summary = result.Output!;
        Assert.Equal((Night, true), ((string?)summary["night"], (bool?)summary["passed"]));
        var expectedTargets = taggedAurora.Count + taggedElastic.Count;
        Assert.Equal(
            (expectedTargets, availableAurora.Count + taggedElastic.Count, 0, taggedAurora.Count - availableAurora.Count),
            ((int?)summary["targets"], (int?)summary["succeeded"], (int?)summary["failed"], (int?)summary["skipped"]));

        var results = summary["results"]!.AsArray().Select(entry => entry!.AsObject()).ToList();
        Assert.Equal(expectedTargets, results.Count);
        foreach (var cluster in availableAurora)
        {
            var name = NightlySnapshotName.For(cluster.DBClusterIdentifier, NightDate);
            var snapshot = Assert.Single(NightlyFleet.ManualClusterSnapshots(environment), candidate => candidate.DBClusterSnapshotIdentifier == name);
            Assert.Equal((cluster.DBClusterIdentifier, "available"), (snapshot.DBClusterIdentifier, snapshot.Status));
            var tags = snapshot.TagList.ToDictionary(tag => tag.Key, tag => tag.Value);
            Assert.Equal(("storageops", Night), (tags.GetValueOrDefault(NightlyFleet.ManagedByTagKey), tags.GetValueOrDefault(NightlyFleet.NightTagKey)));
            Assert.All(cluster.TagList.Where(tag => !tag.Key.StartsWith("aws:", StringComparison.Ordinal)), tag => Assert.Equal(tag.Value, tags.GetValueOrDefault(tag.Key)));
            var line = Assert.Single(results, entry => (string?)entry["cluster"] == cluster.DBClusterIdentifier);
            Assert.Equal(("aurora", "succeeded", name), ((string?)line["kind"], (string?)line["outcome"], (string?)line["snapshot"]));
        }

        foreach (var cluster in taggedAurora.Except(availableAurora))
        {
            Assert.DoesNotContain(NightlyFleet.ManualClusterSnapshots(environment), snapshot => snapshot.DBClusterIdentifier == cluster.DBClusterIdentifier && !snapshotsBefore.Contains(snapshot.DBClusterSnapshotIdentifier));
            var line = Assert.Single(results, entry => (string?)entry["cluster"] == cluster.DBClusterIdentifier);
            Assert.Equal(("aurora", "skipped"), ((string?)line["kind"], (string?)line["outcome"]));
        }

        foreach (var cluster in taggedElastic)
        {
            var name = NightlySnapshotName.For(cluster.ClusterName, NightDate);
            var copy = Assert.Single(NightlyFleet.ManualElasticSnapshots(environment), candidate => candidate.SnapshotName == name);
            Assert.Equal((cluster.ClusterArn, "ACTIVE"), (copy.ClusterArn, copy.Status));
            var tags = environment.Simulator.DocDbElastic.ListTagsForResource(NightlyFleet.Home(environment), copy.SnapshotArn);
            Assert.Equal(("storageops", Night), (tags.GetValueOrDefault(NightlyFleet.ManagedByTagKey), tags.GetValueOrDefault(NightlyFleet.NightTagKey)));
            var line = Assert.Single(results, entry => (string?)entry["cluster"] == cluster.ClusterName);
            Assert.Equal(("docdb-elastic", "succeeded", name), ((string?)line["kind"], (string?)line["outcome"], (string?)line["snapshot"]));
        }

        // Untagged clusters are untouched: no snapshot of theirs was made, and nothing of theirs was deleted.
        var untaggedAurora = aurora.Where(cluster => !NightlyFleet.IsTagged(cluster)).Select(cluster => cluster.DBClusterIdentifier).ToHashSet(StringComparer.Ordinal);
        var untaggedElastic = elastic.Where(cluster => !NightlyFleet.IsTagged(environment, cluster)).Select(cluster => cluster.ClusterArn).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(untaggedAurora);
        Assert.NotEmpty(untaggedElastic);
        Assert.DoesNotContain(NightlyFleet.ManualClusterSnapshots(environment), snapshot => untaggedAurora.Contains(snapshot.DBClusterIdentifier) && !snapshotsBefore.Contains(snapshot.DBClusterSnapshotIdentifier));
        Assert.DoesNotContain(NightlyFleet.ManualElasticSnapshots(environment), snapshot => untaggedElastic.Contains(snapshot.ClusterArn) && !copiesBefore.Contains(snapshot.SnapshotName));
        // Retention never deletes a snapshot or copy that is not ours.
        Assert.Superset(othersSnapshots, NightlyFleet.ManualClusterSnapshots(environment).Select(snapshot => snapshot.DBClusterSnapshotIdentifier).ToHashSet(StringComparer.Ordinal));
        Assert.Superset(othersCopies, NightlyFleet.ManualElasticSnapshots(environment).Select(snapshot => snapshot.SnapshotArn).ToHashSet(StringComparer.Ordinal));

        var published = Assert.Single(NightlyFleet.Summaries(environment));
        Assert.Equal("storageops", published.Source);
        Assert.Contains(result.ExecutionArn, published.Resources);
        Assert.True(JsonNode.DeepEquals(summary, JsonNode.Parse(published.Detail)), published.Detail);
    }

    [Fact]
    public async Task Night_WhenTheSameNightRunsAgain_ShouldCreateNothingNewAndStillPass()
    {
        await using var environment = await NightlyFleet.StartAsync();
        var first = await NightlyFleet.RunNightAsync(environment, ScheduledTime);
        Assert.True(first.Status == ExecutionStatus.Succeeded, $"{first.Error}: {first.Cause}");
        var snapshots = NightlyFleet.ManualClusterSnapshots(environment).Select(snapshot => (snapshot.DBClusterSnapshotIdentifier, snapshot.SnapshotCreateTime)).ToHashSet();
        var copies = NightlyFleet.ManualElasticSnapshots(environment).Select(snapshot => (snapshot.SnapshotArn, snapshot.SnapshotCreationTime)).ToHashSet();

        var second = await NightlyFleet.RunNightAsync(environment, ScheduledTime);

        Assert.True(second.Status == ExecutionStatus.Succeeded, $"{second.Error}: {second.Cause}");
        Assert.Equal(snapshots, NightlyFleet.ManualClusterSnapshots(environment).Select(snapshot => (snapshot.DBClusterSnapshotIdentifier, snapshot.SnapshotCreateTime)).ToHashSet());
        Assert.Equal(copies, NightlyFleet.ManualElasticSnapshots(environment).Select(snapshot => (snapshot.SnapshotArn, snapshot.SnapshotCreationTime)).ToHashSet());
        Assert.Equal((true, 0, 0), ((bool?)second.Output!["passed"], (int?)second.Output["failed"], (int?)second.Output["pruned"]));
        Assert.Equal((int?)first.Output!["succeeded"], (int?)second.Output["succeeded"]);
        Assert.Equal(2, NightlyFleet.Summaries(environment).Count);
    }
}
