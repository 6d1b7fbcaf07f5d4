using StorageOps.Functions.SnapshotTargets;
using StorageOps.Local.Runner;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Rds;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;

namespace EndToEnd.Tests.NightlySnapshots;

/// <summary>
/// Clusters that are not available: one stopped before the night (reported skipped, never attempted), and one that stops
/// between discovery and its create (asked again inside the night's window; protected when it comes back, failed with
/// StorageOps.ClusterNotAvailable at the deadline when it never does).
/// </summary>
public sealed class NightlySnapshotsClusterAvailabilityTests
{
    private const string ScheduledTime = "2026-12-01T03:00:00Z";
    private const string StoppedCluster = "legacy-billing-aurora-mysql";
    private const string StoppingCluster = "ledger-aurora-pg";
    private static readonly DateOnly NightDate = new(2026, 12, 1);
    private static readonly DateTimeOffset NightStart = DateTimeOffset.Parse(ScheduledTime, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The template's default night window (NightWindowMinutes).</summary>
    private static readonly DateTimeOffset Deadline = NightStart.AddMinutes(240);

    [Fact]
    public async Task Night_WhenATaggedClusterIsStopped_ShouldReportItSkippedWithItsStatusAndNeverAttemptIt()
    {
        // A tripwire: any CreateDBClusterSnapshot naming the stopped cluster is answered 500, which the request log keeps.
        // (Mutation tried: discovery returning stopped clusters as targets — the tripwire fires and the line is not skipped.)
        await using var environment = await NightlyFleet.StartAsync(options => options with
        {
            Faults = new FaultSettings { Rules = [new FaultRule { Service = "rds", Operation = "CreateDBClusterSnapshot", Resource = StoppedCluster, ServerErrorRate = 1 }] },
        });
        Assert.Equal(DBClusterStatuses.Stopped, Assert.Single(NightlyFleet.AuroraClusters(environment), cluster => cluster.DBClusterIdentifier == StoppedCluster).Status);
        var availableAurora = NightlyFleet.AuroraClusters(environment).Count(cluster => NightlyFleet.IsTagged(cluster) && cluster.Status == DBClusterStatuses.Available);
        var snapshotsBefore = NightlyFleet.ManualClusterSnapshots(environment).Count(snapshot => snapshot.DBClusterIdentifier == StoppedCluster);

        var result = await NightlyFleet.RunNightAsync(environment, ScheduledTime);

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        var line = NightlyFleet.ResultOf(result.Output!, StoppedCluster);
        Assert.Equal(("aurora", "skipped", "stopped"), ((string?)line["kind"], (string?)line["outcome"], (string?)line["status"]));
        Assert.Null(line["error"]);
        Assert.Equal((true, 1, 0), ((bool?)result.Output!["passed"], (int?)result.Output["skipped"], (int?)result.Output["failed"]));
        var creates = environment.Simulator.RequestLog.Snapshot().Where(request => request.Operation == "CreateDBClusterSnapshot").ToList();
        Assert.DoesNotContain(creates, request => request.StatusCode != 200);
        Assert.Equal(availableAurora, creates.Count);
        Assert.Equal(snapshotsBefore, NightlyFleet.ManualClusterSnapshots(environment).Count(snapshot => snapshot.DBClusterIdentifier == StoppedCluster));
        NightlyFleet.SinglePublishedSummary(environment, result);
    }

    [Fact]
    public async Task Night_WhenAClusterStopsAfterDiscoveryAndComesBack_ShouldAskAgainInsideTheWindowAndProtectIt()
    {
        await using var environment = await NightlyFleet.StartAsync();
        var backAt = NightStart.AddMinutes(20);
        ITimer? comeback = null;

        var result = await RunStoppingAfterDiscoveryAsync(environment, onStopped: () =>
            comeback = environment.Clock.CreateTimer(_ => SetStatus(environment, DBClusterStatuses.Available), null, backAt - environment.Clock.GetUtcNow(), Timeout.InfiniteTimeSpan));

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        Assert.NotNull(comeback);
        var line = NightlyFleet.ResultOf(result.Output!, StoppingCluster);
        var name = NightlySnapshotName.For(StoppingCluster, NightDate);
        Assert.Equal(("succeeded", name), ((string?)line["outcome"], (string?)line["snapshot"]));
        Assert.Equal((true, 0), ((bool?)result.Output!["passed"], (int?)result.Output["failed"]));
        var snapshot = Assert.Single(NightlyFleet.ManualClusterSnapshots(environment), candidate => candidate.DBClusterSnapshotIdentifier == name);
        Assert.Equal("available", snapshot.Status);
        Assert.InRange(snapshot.SnapshotCreateTime, backAt, Deadline);

        // Refused while stopped (InvalidDBClusterStateFault, 400), asked again later, then created after it came back.
        var creates = environment.Simulator.RequestLog.Snapshot().Where(request => request.Operation == "CreateDBClusterSnapshot").ToList();
        var refused = creates.Where(request => request.StatusCode == 400).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, request => Assert.InRange(request.SimulatedTime, NightStart, backAt));
        Assert.True(refused.Select(request => request.SimulatedTime).Distinct().Count() == refused.Count, "each retry comes after a wait");
        NightlyFleet.SinglePublishedSummary(environment, result);
    }

    [Fact]
    public async Task Night_WhenAClusterStopsAfterDiscoveryAndNeverComesBack_ShouldRetryUntilTheDeadlineAndFailItClusterNotAvailable()
    {
        await using var environment = await NightlyFleet.StartAsync();

        var result = await RunStoppingAfterDiscoveryAsync(environment, onStopped: () => { });

        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Error}: {result.Cause}");
        var summary = result.Output!;
        Assert.Equal((false, 10, 8, 1, 1), ((bool?)summary["passed"], (int?)summary["targets"], (int?)summary["succeeded"], (int?)summary["failed"], (int?)summary["skipped"]));
        var first = NightlyFleet.Results(summary)[0];
        Assert.Equal((StoppingCluster, "aurora", "failed", "StorageOps.ClusterNotAvailable"), ((string?)first["cluster"], (string?)first["kind"], (string?)first["outcome"], (string?)first["error"]));
        Assert.Contains("'stopped'", (string?)first["cause"], StringComparison.Ordinal);
        Assert.DoesNotContain(NightlyFleet.ManualClusterSnapshots(environment), snapshot => snapshot.DBClusterSnapshotIdentifier == NightlySnapshotName.For(StoppingCluster, NightDate));

        // Asked again and again inside the window (waits growing with the time elapsed), and a last look at the cluster
        // exactly at the deadline, which fails the target without another create.
        var log = environment.Simulator.RequestLog.Snapshot();
        var refused = log.Where(request => request.Operation == "CreateDBClusterSnapshot" && request.StatusCode == 400).ToList();
        Assert.True(refused.Count >= 3, $"{refused.Count} attempt(s)");
        Assert.All(refused, request => Assert.InRange(request.SimulatedTime, NightStart, Deadline.AddSeconds(-1)));
        Assert.InRange(refused[^1].SimulatedTime, Deadline.AddMinutes(-30), Deadline);
        var createFunction = NightlyFleet.AccessKeyOf(environment, StorageOps.Functions.ClusterSnapshots.CreateClusterSnapshotFunction.HandlerName);
        Assert.Contains(log, request => request.Operation == "DescribeDBClusters" && request.AccessKeyId == createFunction && request.SimulatedTime == Deadline);
        Assert.DoesNotContain(log, request => request.Operation == "CreateDBClusterSnapshot" && request.SimulatedTime > Deadline);
        Assert.InRange(result.StopDate, Deadline, Deadline.AddMinutes(5));
        NightlyFleet.SinglePublishedSummary(environment, result);
    }

    /// <summary>Runs the night, stopping <see cref="StoppingCluster"/> the moment discovery has listed it as available.</summary>
    private static async Task<ExecutionResult> RunStoppingAfterDiscoveryAsync(LocalEnvironment environment, Action onStopped)
    {
        Assert.Equal(DBClusterStatuses.Available, Assert.Single(NightlyFleet.AuroraClusters(environment), cluster => cluster.DBClusterIdentifier == StoppingCluster).Status);
        var stopped = 0;
        var result = await ScheduledRuns.RunStateMachineAsync(
            environment,
            environment.Wiring.Schedule("nightly-snapshots"),
            NightStart,
            onChildEvent: (child, historyEvent) =>
            {
                // Discovery runs in the page children of the night's page Map (decision 0014); page 0 is the Aurora clusters'.
                if (historyEvent.Type == HistoryEventType.TaskStateExited && historyEvent.StateName == "DiscoverTargets"
                    && child.EndsWith(":0", StringComparison.Ordinal) && Interlocked.Exchange(ref stopped, 1) == 0)
                {
                    SetStatus(environment, DBClusterStatuses.Stopped);
                    onStopped();
                }
            });
        Assert.True(stopped == 1, "discovery ran");
        var line = NightlyFleet.ResultOf(result.Output!, StoppingCluster);
        Assert.NotEqual("skipped", (string?)line["outcome"]);
        return result;
    }

    private static void SetStatus(LocalEnvironment environment, string status) =>
        environment.Simulator.Rds.SetDBClusterStatus(NightlyFleet.Home(environment), StoppingCluster, status);
}
