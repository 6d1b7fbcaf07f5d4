using StorageOps.Functions.SnapshotTargets;
using StorageOps.Simulator.Faults;
using StorageOps.StatesLanguage.Execution;

namespace EndToEnd.Tests.NightlySnapshots;

/// <summary>A DocumentDB Elastic copy that settles into a failed status instead of ACTIVE (a ForcedState fault on its name).</summary>
public sealed class NightlySnapshotsFailedCopyTests
{
    private const string ScheduledTime = "2026-12-01T03:00:00Z";
    private const string FailingCluster = "catalog-docdb";
    private static readonly DateOnly NightDate = new(2026, 12, 1);

    [Theory]
    [InlineData("INACCESSIBLE_ENCRYPTION_CREDS")]
    [InlineData("FAILED")]
    public async Task Night_WhenAnElasticCopyEndsInAFailedStatus_ShouldFailThatTargetNamingTheStatusAndProtectTheOthers(string failedStatus)
    {
        var copyName = NightlySnapshotName.For(FailingCluster, NightDate);
        await using var environment = await NightlyFleet.StartAsync(options => options with
        {
            Faults = new FaultSettings { Rules = [new FaultRule { Service = "docdb-elastic", Resource = copyName, ForcedState = failedStatus }] },
        });

        var result = await NightlyFleet.RunNightAsync(environment, ScheduledTime);

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        var summary = result.Output!;
        Assert.Equal((false, 10, 8, 1, 1), ((bool?)summary["passed"], (int?)summary["targets"], (int?)summary["succeeded"], (int?)summary["failed"], (int?)summary["skipped"]));
        var first = NightlyFleet.Results(summary)[0];
        Assert.Equal((FailingCluster, "docdb-elastic", "failed", "StorageOps.SnapshotFailed"), ((string?)first["cluster"], (string?)first["kind"], (string?)first["outcome"], (string?)first["error"]));
        Assert.Contains(failedStatus, (string?)first["cause"], StringComparison.Ordinal);
        Assert.Contains(copyName, (string?)first["cause"], StringComparison.Ordinal);

        // The copy exists in its failed status (it was polled until it settled); every other target has its snapshot.
        var copy = Assert.Single(NightlyFleet.ManualElasticSnapshots(environment), snapshot => snapshot.SnapshotName == copyName);
        Assert.Equal(failedStatus, copy.Status);
        Assert.All(
            NightlyFleet.Results(summary).Where(line => (string?)line["cluster"] != FailingCluster && (string?)line["outcome"] != "skipped"),
            line => Assert.Equal(("succeeded", NightlySnapshotName.For((string)line["cluster"]!, NightDate)), ((string?)line["outcome"], (string?)line["snapshot"])));
        foreach (var cluster in NightlyFleet.ElasticClusters(environment).Where(cluster => NightlyFleet.IsTagged(environment, cluster) && cluster.ClusterName != FailingCluster))
        {
            Assert.Equal("ACTIVE", Assert.Single(NightlyFleet.ManualElasticSnapshots(environment), snapshot => snapshot.SnapshotName == NightlySnapshotName.For(cluster.ClusterName, NightDate)).Status);
        }

        NightlyFleet.SinglePublishedSummary(environment, result);
    }
}
