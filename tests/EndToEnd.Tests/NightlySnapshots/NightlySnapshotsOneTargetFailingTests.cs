using StorageOps.Functions.SnapshotTargets;
using StorageOps.Simulator.Faults;
using StorageOps.StatesLanguage.Execution;

namespace EndToEnd.Tests.NightlySnapshots;

/// <summary>One cluster whose CreateDBClusterSnapshot always fails (a persistent 500 from RDS) while every other target succeeds.</summary>
public sealed class NightlySnapshotsOneTargetFailingTests
{
    private const string ScheduledTime = "2026-12-01T03:00:00Z";
    private const string FailingCluster = "inventory-aurora-mysql";
    private static readonly DateOnly NightDate = new(2026, 12, 1);

    [Fact]
    public async Task Night_WhenOneTargetFailsAndTheOthersSucceed_ShouldSucceedWithThatFailureFirstInTheSummaryAndExactCounts()
    {
        await using var environment = await NightlyFleet.StartAsync(options => options with
        {
            Faults = new FaultSettings { Rules = [new FaultRule { Service = "rds", Operation = "CreateDBClusterSnapshot", Resource = FailingCluster, ServerErrorRate = 1 }] },
        });
        var taggedAurora = NightlyFleet.AuroraClusters(environment).Where(NightlyFleet.IsTagged).ToList();
        var taggedElastic = NightlyFleet.ElasticClusters(environment).Count(cluster => NightlyFleet.IsTagged(environment, cluster));
        var skipped = taggedAurora.Count(cluster => cluster.Status != "available");

        var result = await NightlyFleet.RunNightAsync(environment, ScheduledTime);

        // The execution succeeds: one broken cluster never fails the night; the summary says it did not pass.
        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        var summary = result.Output!;
        var targets = taggedAurora.Count + taggedElastic;
        Assert.Equal(
            (false, targets, targets - skipped - 1, 1, skipped, 0, 0),
            ((bool?)summary["passed"], (int?)summary["targets"], (int?)summary["succeeded"], (int?)summary["failed"], (int?)summary["skipped"], (int?)summary["pruned"], (int?)summary["omittedResults"]));
        var results = NightlyFleet.Results(summary);
        Assert.Equal(targets, results.Count);

        // Failures first (with their error and cause), then the skipped ones, then the successes.
        var first = results[0];
        Assert.Equal((FailingCluster, "aurora", "failed"), ((string?)first["cluster"], (string?)first["kind"], (string?)first["outcome"]));
        Assert.Equal("StorageOps.AwsServiceError", (string?)first["error"]);
        Assert.Contains("InternalFailure (HTTP 500)", (string?)first["cause"], StringComparison.Ordinal);
        Assert.Equal(
            ["failed", .. Enumerable.Repeat("skipped", skipped), .. Enumerable.Repeat("succeeded", targets - skipped - 1)],
            results.Select(line => (string?)line["outcome"]));
        Assert.All(results.Skip(1 + skipped), line => Assert.Equal(NightlySnapshotName.For((string)line["cluster"]!, NightDate), (string?)line["snapshot"]));
        Assert.DoesNotContain(NightlyFleet.ManualClusterSnapshots(environment), snapshot => snapshot.DBClusterIdentifier == FailingCluster && snapshot.DBClusterSnapshotIdentifier == NightlySnapshotName.For(FailingCluster, NightDate));
        Assert.Contains(environment.Simulator.RequestLog.Snapshot(), request => request.Operation == "CreateDBClusterSnapshot" && request.StatusCode == 500);
        NightlyFleet.SinglePublishedSummary(environment, result);
    }
}
