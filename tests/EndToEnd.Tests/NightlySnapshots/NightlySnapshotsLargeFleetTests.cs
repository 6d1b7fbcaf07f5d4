using System.Globalization;
using System.Text;
using StorageOps.Simulator.DocDbElastic;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Rds;
using StorageOps.StatesLanguage.Execution;

namespace EndToEnd.Tests.NightlySnapshots;

/// <summary>
/// A night over 1,000 clusters with long names (840 Aurora, 20 of them stopped; 160 DocumentDB Elastic), 50 of whose
/// snapshots end failed: one summary event, under EventBridge's 256 KB and the summary's own 96,000-byte budget, with
/// exact counts and every failure in full (mutation tried: a 400,000-byte summary budget — the night fails
/// States.DataLimitExceeded at RecordPage). Wall time: a few seconds.
/// </summary>
public sealed class NightlySnapshotsLargeFleetTests
{
    private const string ScheduledTime = "2026-12-01T03:00:00Z";
    private const int EventBridgeEntryLimitBytes = 256 * 1024;
    private const int SummaryBudgetBytes = 96_000;
    private const int HealthyAurora = 780;
    private const int StoppedAurora = 20;
    private const int FailingAurora = 40;
    private const int HealthyElastic = 150;
    private const int FailingElastic = 10;

    [Fact]
    public async Task Night_WhenTheFleetHasAThousandClustersSomeFailing_ShouldPublishOneSummaryUnderTheEventLimitWithExactCounts()
    {
        // A region with this many clusters has its manual snapshot quota raised (in the simulator and in the template's parameter).
        await using var environment = await NightlyFleet.StartAsync(options => NightlyFleet.AfterSeed(NightlyFleet.WithVariables(options, new Dictionary<string, string> { ["STORAGEOPS_SNAPSHOT_QUOTA"] = "2000" }), simulator => simulator with
        {
            ManualClusterSnapshotQuota = 2000,
            RdsFleet = new RdsFleetSeed
            {
                Clusters =
                [
                    .. Enumerable.Range(0, HealthyAurora).Select(index => Aurora(Name("fleet-aurora-postgresql-production-cluster", index), DBClusterStatuses.Available)),
                    .. Enumerable.Range(0, StoppedAurora).Select(index => Aurora(Name("stopped-aurora-postgresql-production-cluster", index), DBClusterStatuses.Stopped)),
                    .. Enumerable.Range(0, FailingAurora).Select(index => Aurora(Name("failing-aurora-postgresql-production-cluster", index), DBClusterStatuses.Available)),
                ],
            },
            DocDbElasticFleet = new DocDbElasticFleetSeed
            {
                Clusters =
                [
                    .. Enumerable.Range(0, HealthyElastic).Select(index => Elastic(Name("fleet-docdb-elastic-profiles", index))),
                    .. Enumerable.Range(0, FailingElastic).Select(index => Elastic(Name("failing-docdb-elastic-profiles", index))),
                ],
            },
            Faults = new FaultSettings
            {
                Rules =
                [
                    new FaultRule { Service = "rds", Resource = "storageops-failing-*", ForcedState = "failed" },
                    new FaultRule { Service = "docdb-elastic", Resource = "storageops-failing-*", ForcedState = "INACCESSIBLE_ENCRYPTION_CREDS" },
                ],
            },
        }));
        var wall = System.Diagnostics.Stopwatch.StartNew();

        var result = await NightlyFleet.RunNightAsync(environment, ScheduledTime);

        wall.Stop();
        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        var summary = result.Output!;
        var failed = FailingAurora + FailingElastic;
        Assert.Equal(
            (false, 1000, HealthyAurora + HealthyElastic, failed, StoppedAurora, 0),
            ((bool?)summary["passed"], (int?)summary["targets"], (int?)summary["succeeded"], (int?)summary["failed"], (int?)summary["skipped"], (int?)summary["pruned"]));

        var published = NightlyFleet.SinglePublishedSummary(environment, result);
        var detailBytes = Encoding.UTF8.GetByteCount(published.Detail);
        Assert.True(detailBytes <= SummaryBudgetBytes && detailBytes < EventBridgeEntryLimitBytes, $"{detailBytes} bytes");

        // Not every line fits: failures come first and all of them in full, then the skipped ones, then successes as
        // far as the budget goes; omittedResults counts exactly the ones left out.
        var results = NightlyFleet.Results(summary);
        Assert.Equal(1000 - results.Count, (int?)summary["omittedResults"]);
        Assert.True(results.Count > failed + StoppedAurora && results.Count < 1000, $"{results.Count} lines");
        Assert.All(results.Take(failed), line =>
        {
            Assert.Equal(("failed", "StorageOps.SnapshotFailed"), ((string?)line["outcome"], (string?)line["error"]));
            Assert.StartsWith("failing-", (string?)line["cluster"], StringComparison.Ordinal);
            Assert.Contains((string?)line["kind"] == "aurora" ? "'failed'" : "INACCESSIBLE_ENCRYPTION_CREDS", (string?)line["cause"], StringComparison.Ordinal);
        });
        Assert.Equal(failed, results.Take(failed).Select(line => (string?)line["cluster"]).Distinct().Count());
        Assert.All(results.Skip(failed).Take(StoppedAurora), line => Assert.Equal(("skipped", "stopped"), ((string?)line["outcome"], (string?)line["status"])));
        Assert.All(results.Skip(failed + StoppedAurora), line => Assert.Equal("succeeded", (string?)line["outcome"]));

        Assert.Equal(HealthyAurora + FailingAurora, NightlyFleet.ManualClusterSnapshots(environment).Count);
        Assert.Equal(HealthyElastic + FailingElastic, NightlyFleet.ManualElasticSnapshots(environment).Count);
        Assert.True(wall.Elapsed < TimeSpan.FromSeconds(60), $"the night took {wall.Elapsed} of wall time");
    }

    private static string Name(string prefix, int index) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{index:D4}");

    private static DBClusterSeed Aurora(string identifier, string status) => new()
    {
        DBClusterIdentifier = identifier,
        Engine = "aurora-postgresql",
        EngineVersion = "16.4",
        Status = status,
        AutomatedSnapshotCount = 0,
        Tags = [new RdsTag(NightlyFleet.SnapshotTagKey, NightlyFleet.SnapshotTagValue), new RdsTag("team", "platform-storage-operations")],
    };

    private static ElasticClusterSeed Elastic(string name) => new()
    {
        ClusterName = name,
        AutomatedSnapshotCount = 1,
        Tags = new Dictionary<string, string> { [NightlyFleet.SnapshotTagKey] = NightlyFleet.SnapshotTagValue, ["team"] = "platform-storage-operations" },
    };
}
