using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using StorageOps.Aws.Efs;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Replication;
using StorageOps.Functions.Tests.FileSystems;
using StorageOps.Functions.Logging;
using StorageOps.Functions.Invocation;

namespace StorageOps.Functions.Tests.Replication;

public sealed class ReplicationHealthCheckerTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-12-01T10:00:00Z", CultureInfo.InvariantCulture);
    private static readonly DateTimeOffset Scheduled = DateTimeOffset.Parse("2026-12-01T09:59:58Z", CultureInfo.InvariantCulture);
    private readonly StringWriter log = new();

    [Fact]
    public async Task CheckAsync_WhenConfigurationsSpanSeveralPages_ShouldFollowNextTokenAndReportEveryDestination()
    {
        var efs = new ReplicationListingEfs(pageSize: 2);
        for (var index = 0; index < 5; index++)
        {
            efs.Add($"fs-0000000000000000{index}", Now.AddDays(-1), ReplicationListingEfs.Destination($"fs-1000000000000000{index}", "ENABLED", Now.AddMinutes(-5)));
        }

        var report = await Checker(efs).CheckAsync(Scheduled, CancellationToken.None);

        Assert.Equal([null, "2", "4"], efs.Requests.Select(request => request.NextToken));
        Assert.Equal(5, report.Replications);
        Assert.Equal(5, report.Destinations);
        Assert.Equal([.. Enumerable.Range(0, 5).Select(index => $"fs-0000000000000000{index}")], report.DestinationsReport.Select(destination => destination.SourceFileSystemId));
        Assert.True(report.Healthy);
        Assert.All(report.DestinationsReport, destination => Assert.Equal(300, destination.LagSeconds));
    }

    [Theory]
    [InlineData("ERROR", "The destination's KMS key is no longer accessible.")]
    [InlineData("PAUSED", "The destination Region is disabled for this account.")]
    public async Task CheckAsync_WhenADestinationIsInErrorOrPaused_ShouldFlagItWithItsStatusMessage(string status, string message)
    {
        var efs = new ReplicationListingEfs();
        efs.Add("fs-00000000000000001", Now.AddDays(-1), ReplicationListingEfs.Destination("fs-10000000000000001", status, Now.AddSeconds(-30), message));
        efs.Add("fs-00000000000000002", Now.AddDays(-1), ReplicationListingEfs.Destination("fs-10000000000000002", "ENABLED", Now.AddSeconds(-30)));

        var report = await Checker(efs).CheckAsync(Scheduled, CancellationToken.None);

        Assert.False(report.Healthy);
        Assert.Equal(1, report.Unhealthy);
        var flagged = report.DestinationsReport[0];
        Assert.True(flagged.Unhealthy);
        Assert.Equal(status, flagged.Status);
        Assert.Equal(message, flagged.StatusMessage);
        Assert.Equal($"The destination is {status}: {message}", flagged.Reason);
        Assert.False(report.DestinationsReport[1].Unhealthy);
        Assert.Null(report.DestinationsReport[1].Reason);
    }

    [Fact]
    public async Task CheckAsync_WhenADestinationInErrorGivesNoMessage_ShouldSaySo()
    {
        var efs = new ReplicationListingEfs();
        efs.Add("fs-00000000000000001", Now.AddDays(-1), ReplicationListingEfs.Destination("fs-10000000000000001", "ERROR", Now.AddSeconds(-30)));

        var report = await Checker(efs).CheckAsync(Scheduled, CancellationToken.None);

        Assert.Equal("The destination is ERROR: EFS gave no status message.", Assert.Single(report.DestinationsReport).Reason);
    }

    [Theory]
    [InlineData(3601, true)]
    [InlineData(3600, false)]
    [InlineData(59, false)]
    public async Task CheckAsync_WhenTheLagIsOverOrUnderTheThreshold_ShouldFlagOnlyLagOverIt(int lagSeconds, bool unhealthy)
    {
        var efs = new ReplicationListingEfs();
        efs.Add("fs-00000000000000001", Now.AddDays(-1), ReplicationListingEfs.Destination("fs-10000000000000001", "ENABLED", Now.AddSeconds(-lagSeconds)));

        var report = await Checker(efs, lagThresholdSeconds: 3600).CheckAsync(Scheduled, CancellationToken.None);

        var destination = Assert.Single(report.DestinationsReport);
        Assert.Equal(lagSeconds, destination.LagSeconds);
        Assert.Equal(Now.AddSeconds(-lagSeconds), destination.LastReplicatedTimestamp);
        Assert.Equal(unhealthy, destination.Unhealthy);
        Assert.Equal(!unhealthy, report.Healthy);
        Assert.Equal(unhealthy ? $"The destination lags {lagSeconds} s behind its source (threshold 3600 s)." : null, destination.Reason);
    }

    [Theory]
    [InlineData(7200, true)]
    [InlineData(600, false)]
    public async Task CheckAsync_WhenADestinationHasNeverReplicated_ShouldMeasureItsLagFromTheConfigurationsCreation(int ageSeconds, bool unhealthy)
    {
        var efs = new ReplicationListingEfs();
        efs.Add("fs-00000000000000001", Now.AddSeconds(-ageSeconds), ReplicationListingEfs.Destination("fs-10000000000000001", "ENABLING", lastReplicated: null));

        var report = await Checker(efs, lagThresholdSeconds: 3600).CheckAsync(Scheduled, CancellationToken.None);

        var destination = Assert.Single(report.DestinationsReport);
        Assert.Equal(ageSeconds, destination.LagSeconds);
        Assert.Null(destination.LastReplicatedTimestamp);
        Assert.Equal(unhealthy, destination.Unhealthy);
        if (unhealthy)
        {
            Assert.Equal($"The destination has not completed a sync in the {ageSeconds} s since the configuration was created (threshold 3600 s).", destination.Reason);
        }
    }

    [Fact]
    public async Task CheckAsync_WhenADeletingDestinationLags_ShouldNotFlagIt()
    {
        var efs = new ReplicationListingEfs();
        efs.Add("fs-00000000000000001", Now.AddDays(-3), ReplicationListingEfs.Destination("fs-10000000000000001", "DELETING", Now.AddDays(-2)));

        var report = await Checker(efs).CheckAsync(Scheduled, CancellationToken.None);

        Assert.True(report.Healthy);
        Assert.Equal(172800, Assert.Single(report.DestinationsReport).LagSeconds);
    }

    [Fact]
    public async Task CheckAsync_WhenThereIsNoConfigurationAtAll_ShouldBeHealthyAndEmitZeroUnhealthyAndNoLag()
    {
        var efs = new ReplicationListingEfs();

        var report = await Checker(efs).CheckAsync(Scheduled, CancellationToken.None);

        Assert.Equal(new ReplicationHealthReport(Now, 3600, 0, 0, 0, Healthy: true, report.DestinationsReport), report);
        Assert.Empty(report.DestinationsReport);
        var emf = Assert.Single(EmfDocuments());
        Assert.Empty(EmbeddedMetricFormatSpecification.Problems(emf));
        Assert.Equal(0, (double)emf[ReplicationHealthChecker.UnhealthyMetric]!);
        Assert.Equal(0, (int)Summary()["unhealthy"]!);
        Assert.Equal("INFO", (string?)Summary()["level"]);
    }

    [Fact]
    public async Task CheckAsync_WhenChecked_ShouldEmitOneLagDocumentPerSourceWithItsMaxLagAndOneUnhealthyCountThatMeetTheEmfSpecification()
    {
        var efs = new ReplicationListingEfs();
        efs.Add(
            "fs-00000000000000001",
            Now.AddDays(-1),
            ReplicationListingEfs.Destination("fs-10000000000000001", "ENABLED", Now.AddSeconds(-120)),
            ReplicationListingEfs.Destination("fs-10000000000000002", "ENABLED", Now.AddSeconds(-7300), region: "eu-central-1"));
        efs.Add("fs-00000000000000002", Now.AddDays(-1), ReplicationListingEfs.Destination("fs-10000000000000003", "PAUSED", Now.AddSeconds(-40), "paused"));

        await Checker(efs).CheckAsync(Scheduled, CancellationToken.None);

        var documents = EmfDocuments();
        Assert.Equal(3, documents.Count);
        Assert.All(documents, document => Assert.Empty(EmbeddedMetricFormatSpecification.Problems(document)));
        Assert.All(documents, document => Assert.Equal(Now.ToUnixTimeMilliseconds(), (long)document["_aws"]!["Timestamp"]!));
        Assert.All(documents, document => Assert.Equal("StorageOps", (string?)document["_aws"]!["CloudWatchMetrics"]![0]!["Namespace"]));

        var lag = documents.Where(document => document[ReplicationHealthChecker.LagMetric] is not null).ToList();
        Assert.Equal(["fs-00000000000000001", "fs-00000000000000002"], lag.Select(document => (string?)document["SourceFileSystemId"]));
        Assert.Equal([7300d, 40d], lag.Select(document => (double)document[ReplicationHealthChecker.LagMetric]!));
        Assert.All(lag, document =>
        {
            var directive = document["_aws"]!["CloudWatchMetrics"]![0]!;
            Assert.Equal("""[["SourceFileSystemId"]]""", directive["Dimensions"]!.ToJsonString());
            Assert.Equal("""[{"Name":"ReplicationLagSeconds","Unit":"Seconds"}]""", directive["Metrics"]!.ToJsonString());
        });

        var unhealthy = Assert.Single(documents, document => document[ReplicationHealthChecker.UnhealthyMetric] is not null);
        Assert.Equal(2, (double)unhealthy[ReplicationHealthChecker.UnhealthyMetric]!);
        Assert.Equal("[[]]", unhealthy["_aws"]!["CloudWatchMetrics"]![0]!["Dimensions"]!.ToJsonString());
        Assert.Equal("""[{"Name":"UnhealthyReplicationDestinations","Unit":"Count"}]""", unhealthy["_aws"]!["CloudWatchMetrics"]![0]!["Metrics"]!.ToJsonString());
    }

    [Fact]
    public async Task CheckAsync_WhenSomeDestinationsAreUnhealthy_ShouldLogOneSummaryLineNamingThem()
    {
        var efs = new ReplicationListingEfs();
        efs.Add("fs-00000000000000001", Now.AddDays(-1), ReplicationListingEfs.Destination("fs-10000000000000001", "ERROR", Now.AddSeconds(-30), "key gone"));
        efs.Add("fs-00000000000000002", Now.AddDays(-1), ReplicationListingEfs.Destination("fs-10000000000000002", "ENABLED", Now.AddSeconds(-30)));

        using (InvocationLogContext.Begin(CheckReplicationHealthFunction.HandlerName, new LambdaInvocation("req-7", DateTimeOffset.MaxValue), """{"scheduledTime":"2026-12-01T09:59:58Z"}""", new ColdStart()))
        {
            await Checker(efs).CheckAsync(Scheduled, CancellationToken.None);
        }

        var summaries = Lines().Where(line => line["_aws"] is null).ToList();
        var summary = Assert.Single(summaries);
        Assert.Equal("WARN", (string?)summary["level"]);
        Assert.Equal("replication health", (string?)summary["message"]);
        Assert.Equal("CheckReplicationHealth", (string?)summary["handler"]);
        Assert.Equal("req-7", (string?)summary["function_request_id"]);
        Assert.Null(summary["requestId"]);
        Assert.Equal(Scheduled, DateTimeOffset.Parse((string)summary["scheduledTime"]!, CultureInfo.InvariantCulture));
        Assert.Equal(2, (int)summary["replications"]!);
        Assert.Equal(2, (int)summary["destinations"]!);
        Assert.Equal(1, (int)summary["unhealthy"]!);
        Assert.False((bool)summary["healthy"]!);
        Assert.Equal(0, (int)summary["omittedUnhealthyDestinations"]!);
        var named = Assert.Single(summary["unhealthyDestinations"]!.AsArray())!;
        Assert.Equal("fs-10000000000000001", (string?)named["destinationFileSystemId"]);
        Assert.Equal("key gone", (string?)named["statusMessage"]);
    }

    [Fact]
    public async Task CheckAsync_WhenMoreDestinationsAreUnhealthyThanTheSummaryNames_ShouldCountTheRest()
    {
        var efs = new ReplicationListingEfs();
        for (var index = 0; index < ReplicationHealthChecker.MaxUnhealthyInSummary + 3; index++)
        {
            efs.Add($"fs-{index:x17}", Now.AddDays(-1), ReplicationListingEfs.Destination($"fs-1{index:x16}", "ERROR", Now.AddSeconds(-30), "key gone"));
        }

        var report = await Checker(efs).CheckAsync(Scheduled, CancellationToken.None);

        Assert.Equal(ReplicationHealthChecker.MaxUnhealthyInSummary + 3, report.Unhealthy);
        Assert.Equal(ReplicationHealthChecker.MaxUnhealthyInSummary, Summary()["unhealthyDestinations"]!.AsArray().Count);
        Assert.Equal(3, (int)Summary()["omittedUnhealthyDestinations"]!);
    }

    [Fact]
    public async Task CheckAsync_WhenEfsThrottles_ShouldFailAsThrottledAndWriteNothing()
    {
        var efs = new ReplicationListingEfs { Failure = new ThrottlingException("Rate exceeded.", "req", HttpStatusCode.TooManyRequests) };

        var thrown = await Assert.ThrowsAsync<ThrottlingException>(() => Checker(efs).CheckAsync(Scheduled, CancellationToken.None));

        Assert.Equal(ErrorNames.Throttled, LambdaErrorDocument.From(thrown).ErrorType);
        Assert.Empty(log.ToString());
    }

    private ReplicationHealthChecker Checker(ReplicationListingEfs efs, long lagThresholdSeconds = 3600) =>
        new(efs.Clients(), new ManualClock(Now), lagThresholdSeconds, new FunctionLogger(log, new ManualClock(Now), new Dictionary<string, string> { [FunctionLogger.HandlerVariable] = CheckReplicationHealthFunction.HandlerName }));

    private List<JsonObject> Lines() =>
        [.. log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => JsonNode.Parse(line)!.AsObject())];

    private List<JsonObject> EmfDocuments() => [.. Lines().Where(line => line["_aws"] is not null)];

    private JsonObject Summary() => Assert.Single(Lines(), line => (string?)line["message"] == ReplicationHealthChecker.SummaryMessage);
}
