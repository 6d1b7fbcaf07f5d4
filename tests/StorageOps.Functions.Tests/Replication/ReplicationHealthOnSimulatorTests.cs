using System.Globalization;
using Amazon.Runtime;
using StorageOps.Aws;
using StorageOps.Aws.Efs;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Replication;
using StorageOps.Functions.Tests.FileSystems;
using StorageOps.Simulator;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Functions.Logging;

namespace StorageOps.Functions.Tests.Replication;

/// <summary>The health check through the real EFS client, on the wire, against the embedded simulator on a manual clock.</summary>
public sealed class ReplicationHealthOnSimulatorTests
{
    private const string Region = "eu-west-1";
    private const string DestinationRegion = "us-west-2";
    private readonly ManualClock clock = new(DateTimeOffset.Parse("2026-12-01T09:00:00Z", CultureInfo.InvariantCulture));
    private readonly StringWriter log = new();

    [Fact]
    public async Task CheckAsync_WhenOneReplicationIsEnabledAndAnotherStillEnablingPastTheThreshold_ShouldReportBothAndFlagTheSlowOne()
    {
        await using var simulator = new AwsSimulator(Options(enablingSeconds: 3 * 3600));
        await simulator.StartAsync();
        var efs = Efs(simulator);
        var first = await ReplicateNewFileSystemAsync(efs.Home, "health-first");
        clock.Now += TimeSpan.FromHours(2);
        var second = await ReplicateNewFileSystemAsync(efs.Home, "health-second");
        clock.Now += TimeSpan.FromHours(1) + TimeSpan.FromMinutes(30);

        var report = await new ReplicationHealthChecker(efs, clock, 3600, new FunctionLogger(log, clock, new Dictionary<string, string>())).CheckAsync(clock.Now, CancellationToken.None);

        Assert.Equal(2, report.Replications);
        Assert.Equal(1, report.Unhealthy);
        var enabled = Assert.Single(report.DestinationsReport, destination => destination.SourceFileSystemId == first);
        Assert.Equal(("ENABLED", false, 0L, DestinationRegion), (enabled.Status, enabled.Unhealthy, enabled.LagSeconds!.Value, enabled.DestinationRegion));
        Assert.StartsWith("fs-", enabled.DestinationFileSystemId, StringComparison.Ordinal);
        var enabling = Assert.Single(report.DestinationsReport, destination => destination.SourceFileSystemId == second);
        Assert.Equal(("ENABLING", true, 5400L), (enabling.Status, enabling.Unhealthy, enabling.LagSeconds!.Value));
        Assert.Null(enabling.LastReplicatedTimestamp);
        Assert.Contains("ReplicationLagSeconds", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_WhenTheSimulatorPutsTheReplicationInError_ShouldFlagItWithTheStatusMessageEfsGave()
    {
        await using var simulator = new AwsSimulator(Options(enablingSeconds: 60) with
        {
            Faults = new FaultSettings { Rules = [new FaultRule { Service = "efs", ForcedState = "ERROR" }] },
        });
        await simulator.StartAsync();
        var efs = Efs(simulator);
        var source = await ReplicateNewFileSystemAsync(efs.Home, "health-error");
        clock.Now += TimeSpan.FromMinutes(5);

        var report = await new ReplicationHealthChecker(efs, clock, 3600, new FunctionLogger(log, clock, new Dictionary<string, string>())).CheckAsync(clock.Now, CancellationToken.None);

        var destination = Assert.Single(report.DestinationsReport);
        Assert.Equal((source, "ERROR", true), (destination.SourceFileSystemId, destination.Status, destination.Unhealthy));
        Assert.False(string.IsNullOrEmpty(destination.StatusMessage));
        Assert.Equal($"The destination is ERROR: {destination.StatusMessage}", destination.Reason);
        Assert.False(report.Healthy);
    }

    private SimulatorOptions Options(double enablingSeconds) => new()
    {
        TimeProvider = clock,
        DefaultRegion = Region,
        FileSystemCreation = LifecycleTransition.AfterSeconds(0),
        ReplicationEnabling = LifecycleTransition.AfterSeconds(enablingSeconds),
    };

    private static RegionalClients<IEfsClient> Efs(AwsSimulator simulator)
    {
        var settings = new AwsClientSettings { ServiceUrl = simulator.Endpoint.ToString(), Credentials = new BasicAWSCredentials("local", "local"), MaxErrorRetry = 0 };
        return new RegionalClients<IEfsClient>(Region, region => new EfsClient(settings with { Region = region }));
    }

    private static async Task<string> ReplicateNewFileSystemAsync(IEfsClient efs, string creationToken)
    {
        var created = await efs.CreateFileSystemAsync(new CreateFileSystemRequest { CreationToken = creationToken, ThroughputMode = "elastic" });
        await efs.CreateReplicationConfigurationAsync(new CreateReplicationConfigurationRequest
        {
            SourceFileSystemId = created.FileSystemId!,
            Destinations = [new DestinationToCreate { Region = DestinationRegion }],
        });
        return created.FileSystemId!;
    }
}
