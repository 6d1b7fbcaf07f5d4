using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Aws.Efs;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Logging;
using StorageOps.Functions.Metrics;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.Replication;

/// <summary>
/// Describes every replication configuration of the home Region (every page), computes each destination's lag from its
/// <c>LastReplicatedTimestamp</c>, flags <c>ERROR</c>/<c>PAUSED</c> destinations and those lagging past the threshold, then
/// writes one structured summary line and the embedded-metric-format documents the alarm reads.
/// </summary>
public sealed class ReplicationHealthChecker
{
    public const string LagMetric = "ReplicationLagSeconds";
    public const string UnhealthyMetric = "UnhealthyReplicationDestinations";
    public const string SourceFileSystemDimension = "SourceFileSystemId";
    public const string SummaryMessage = "replication health";

    /// <summary>The summary line names at most this many unhealthy destinations, so it stays far below CloudWatch Logs' 256 KB event limit.</summary>
    public const int MaxUnhealthyInSummary = 50;

    private const string Error = "ERROR";
    private const string Paused = "PAUSED";
    private const string Deleting = "DELETING";

    private readonly RegionalClients<IEfsClient> efs;
    private readonly TimeProvider time;
    private readonly long lagThresholdSeconds;
    private readonly FunctionLogger log;

    public ReplicationHealthChecker(RegionalClients<IEfsClient> efs, TimeProvider time, long lagThresholdSeconds, FunctionLogger log)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lagThresholdSeconds);
        this.efs = efs;
        this.time = time;
        this.lagThresholdSeconds = lagThresholdSeconds;
        this.log = log;
    }

    public async Task<ReplicationHealthReport> CheckAsync(DateTimeOffset scheduledTime, CancellationToken cancellationToken)
    {
        var replications = new List<ReplicationConfigurationDescription>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var replication in efs.Home.DescribeAllReplicationConfigurationsAsync(new DescribeReplicationConfigurationsRequest(), cancellationToken))
        {
            // A configuration created or deleted between two pages can shift the listing; count each source once.
            if (seen.Add(replication.SourceFileSystemArn ?? replication.SourceFileSystemId ?? ""))
            {
                replications.Add(replication);
            }
        }

        var now = time.GetUtcNow();
        var destinations = replications.SelectMany(replication => replication.Destinations.Select(destination => Assess(replication, destination, now))).ToList();
        var unhealthy = destinations.Count(destination => destination.Unhealthy);
        var report = new ReplicationHealthReport(now, lagThresholdSeconds, replications.Count, destinations.Count, unhealthy, Healthy: unhealthy == 0, destinations);

        WriteMetrics(report);
        WriteSummary(report, scheduledTime);
        return report;
    }

    private ReplicationDestinationHealth Assess(ReplicationConfigurationDescription replication, ReplicationDestination destination, DateTimeOffset now)
    {
        var status = destination.Status ?? "UNKNOWN";
        var since = destination.LastReplicatedTimestamp ?? replication.CreationTime;
        long? lag = since is { } reference ? Math.Max(0, (long)Math.Floor((now - reference).TotalSeconds)) : null;

        var reasons = new List<string>();
        if (status is Error or Paused)
        {
            reasons.Add($"The destination is {status}: {destination.StatusMessage ?? "EFS gave no status message."}");
        }

        // A destination being deleted stops replicating on purpose (teardown): its lag is no alarm.
        if (lag > lagThresholdSeconds && status != Deleting)
        {
            reasons.Add(destination.LastReplicatedTimestamp is null
                ? $"The destination has not completed a sync in the {lag} s since the configuration was created (threshold {lagThresholdSeconds} s)."
                : $"The destination lags {lag} s behind its source (threshold {lagThresholdSeconds} s).");
        }

        return new ReplicationDestinationHealth(
            replication.SourceFileSystemId ?? "",
            destination.FileSystemId ?? "",
            destination.Region ?? "",
            status,
            destination.StatusMessage,
            lag,
            destination.LastReplicatedTimestamp,
            Unhealthy: reasons.Count > 0,
            reasons.Count > 0 ? string.Join(" ", reasons) : null);
    }

    private void WriteMetrics(ReplicationHealthReport report)
    {
        var lagBySource = report.DestinationsReport
            .Where(destination => destination.LagSeconds is not null)
            .GroupBy(destination => destination.SourceFileSystemId, StringComparer.Ordinal);
        foreach (var source in lagBySource)
        {
            EmbeddedMetrics.Write(
                log.Output,
                report.CheckedAt,
                [new Metric(LagMetric, source.Max(destination => destination.LagSeconds!.Value), MetricUnits.Seconds)],
                [new(SourceFileSystemDimension, source.Key)]);
        }

        EmbeddedMetrics.Write(log.Output, report.CheckedAt, [new Metric(UnhealthyMetric, report.Unhealthy, MetricUnits.Count)]);
    }

    private void WriteSummary(ReplicationHealthReport report, DateTimeOffset scheduledTime)
    {
        var unhealthy = report.DestinationsReport.Where(destination => destination.Unhealthy).ToList();
        var named = new JsonArray();
        foreach (var destination in unhealthy.Take(MaxUnhealthyInSummary))
        {
            named.Add(JsonSerializer.SerializeToNode(destination, FunctionsJsonContext.Default.ReplicationDestinationHealth));
        }

        log.Write(
            report.Healthy ? LogLevels.Info : LogLevels.Warn,
            SummaryMessage,
            [
                ("scheduledTime", scheduledTime),
                ("lagThresholdSeconds", report.LagThresholdSeconds),
                ("replications", report.Replications),
                ("destinations", report.Destinations),
                ("unhealthy", report.Unhealthy),
                ("healthy", report.Healthy),
                ("unhealthyDestinations", named),
                ("omittedUnhealthyDestinations", Math.Max(0, unhealthy.Count - MaxUnhealthyInSummary)),
            ]);
    }
}
