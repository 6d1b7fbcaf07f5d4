using System.Text.Json;
using Amazon.Runtime;
using StorageOps.Aws;
using StorageOps.Functions.ClusterSnapshots;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.NightSummaries;
using StorageOps.Functions.Ownership;
using StorageOps.Functions.Retention;
using StorageOps.Functions.Serialization;
using StorageOps.Functions.SnapshotTargets;
using StorageOps.Functions.Tests.FileSystems;
using StorageOps.Simulator;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Rds;

namespace StorageOps.Functions.Tests.ClusterSnapshots;

/// <summary>
/// The three cluster-snapshot handlers as the composition builds them, through the real RdsClient on the wire, against the
/// embedded simulator's RDS on a virtual clock: night after night of create → poll → prune.
/// </summary>
public sealed class ClusterSnapshotsOnSimulatorTests : IAsyncLifetime
{
    private const string Region = "eu-west-1";
    private const string Cluster = "orders-aurora-pg";
    private const string StoppedCluster = "legacy-reports-mysql";
    private static readonly AccountRegion Scope = new("123456789012", Region);
    private static readonly LambdaInvocation Invoked = new("inv-1", DateTimeOffset.MaxValue);
    private static readonly RetentionPolicy Policy = new(KeepDaily: 3, KeepWeekly: 0, KeepMonthly: 0, MinKeep: 3);

    private readonly ManualClock clock = new(Nights.At("2026-11-26T03:00:00Z"));
    private readonly AwsSimulator simulator;
    private readonly Dictionary<string, ILambdaFunction> built = [];
    private FunctionEnvironment environment = null!;

    public ClusterSnapshotsOnSimulatorTests()
    {
        simulator = new AwsSimulator(new SimulatorOptions
        {
            TimeProvider = clock,
            DefaultRegion = Region,
            RdsFleet = new RdsFleetSeed
            {
                Clusters =
                [
                    new DBClusterSeed
                    {
                        DBClusterIdentifier = Cluster,
                        Engine = "aurora-postgresql",
                        EngineVersion = "16.4",
                        Region = Region,
                        Tags = [new RdsTag("storageops:snapshot", "nightly"), new RdsTag("team", "orders")],
                    },
                    new DBClusterSeed
                    {
                        DBClusterIdentifier = StoppedCluster,
                        Engine = "aurora-mysql",
                        EngineVersion = "8.0.mysql_aurora.3.08.0",
                        Region = Region,
                        Status = "stopped",
                        Tags = [new RdsTag("storageops:snapshot", "nightly")],
                    },
                ],
            },
        });
    }

    public async Task InitializeAsync()
    {
        await simulator.StartAsync();
        environment = new FunctionEnvironment(
            new Dictionary<string, string> { [FunctionEnvironment.RegionVariable] = Region },
            clock,
            new AwsClientSettings { ServiceUrl = simulator.Endpoint.ToString(), Credentials = new BasicAWSCredentials("local", "local"), MaxErrorRetry = 0 });
    }

    public async Task DisposeAsync() => await simulator.DisposeAsync();

    [Fact]
    public async Task Handlers_WhenFiveNightsRunBackToBackAndTheLastTwice_ShouldSnapshotEachNightKeepThreeAndCreateNothingOnTheRerun()
    {
        var nights = new List<(TargetResult Result, bool Created, IReadOnlyList<int?> Progress)>();
        foreach (var day in new[] { 26, 27, 28, 29, 30 })
        {
            clock.Now = Nights.At($"2026-11-{day}T03:00:00Z");
            nights.Add(await ProtectAsync(Cluster, NightOf($"2026-11-{day}")));
        }

        var rerun = await ProtectAsync(Cluster, NightOf("2026-11-30"));
        var results = nights.Select(night => night.Result).ToList();

        var ours = simulator.Rds.PeekDBClusterSnapshots(Scope).Where(snapshot => snapshot.SnapshotType == "manual").ToList();
        Assert.Equal(
            ["storageops-orders-aurora-pg-20261128", "storageops-orders-aurora-pg-20261129", "storageops-orders-aurora-pg-20261130"],
            ours.Select(snapshot => snapshot.DBClusterSnapshotIdentifier).Order(StringComparer.Ordinal));
        Assert.All(ours, snapshot => Assert.Equal("available", snapshot.Status));
        Assert.Equal([[], [], [], ["storageops-orders-aurora-pg-20261126"], ["storageops-orders-aurora-pg-20261127"]], results.Select(result => result.Pruned!.ToArray()));
        Assert.All(results, result => Assert.Equal(TargetOutcomes.Succeeded, result.Outcome));
        Assert.All(nights, night => Assert.True(night.Created));
        Assert.All(nights, night => Assert.Equal([50, 100], night.Progress));
        Assert.False(rerun.Created);
        Assert.Empty(rerun.Progress);
        Assert.Empty(rerun.Result.Pruned!);
        Assert.Equal(
            [
                new RdsTag("storageops:snapshot", "nightly"), new RdsTag("team", "orders"),
                new RdsTag(OwnershipTags.ManagedBy, OwnershipTags.ManagedByValue), new RdsTag(OwnershipTags.Night, "2026-11-30"),
            ],
            ours.Single(snapshot => snapshot.DBClusterSnapshotIdentifier.EndsWith("20261130", StringComparison.Ordinal)).TagList);
        Assert.Equal(3, simulator.Rds.PeekDBClusterSnapshots(Scope).Count(snapshot => snapshot.SnapshotType == "automated" && snapshot.DBClusterIdentifier == Cluster));
    }

    [Fact]
    public async Task CreateClusterSnapshot_WhenTheClusterIsStopped_ShouldReportClusterNotAvailableThenFailAtTheDeadline()
    {
        var night = NightOf("2026-11-26");
        var create = Build(CreateClusterSnapshotFunction.HandlerName);

        var waiting = Read(await create.InvokeAsync(CreateInput(StoppedCluster, night), Invoked, CancellationToken.None));
        clock.Now = night.Deadline;
        var refused = await Assert.ThrowsAsync<RefusedOperationException>(() => create.InvokeAsync(CreateInput(StoppedCluster, night), Invoked, CancellationToken.None));

        Assert.Equal((ClusterSnapshotStatuses.ClusterNotAvailable, false), (waiting.Status, waiting.Ready));
        Assert.True(waiting.SecondsUntilNextPoll >= 1);
        Assert.Equal(ErrorNames.ClusterNotAvailable, refused.ErrorType);
        Assert.DoesNotContain(simulator.Rds.PeekDBClusterSnapshots(Scope), snapshot => snapshot.SnapshotType == "manual");
    }

    /// <summary>One Map child of the nightly state machine for an Aurora target: Create → (Wait → Describe)* → Prune.</summary>
    private async Task<(TargetResult Result, bool Created, IReadOnlyList<int?> Progress)> ProtectAsync(string cluster, Night night)
    {
        var startedAt = clock.Now;
        var status = Read(await Build(CreateClusterSnapshotFunction.HandlerName).InvokeAsync(CreateInput(cluster, night), Invoked, CancellationToken.None));
        var created = status.Created;
        var progress = new List<int?>();
        for (var polls = 0; !status.Ready && polls < 20; polls++)
        {
            // The first look comes early, halfway through the suggested wait, to see the snapshot part-way.
            clock.Now += TimeSpan.FromSeconds(polls == 0 ? status.SecondsUntilNextPoll / 2.0 : status.SecondsUntilNextPoll);
            var describe = JsonSerializer.Serialize(new DescribeClusterSnapshotInput { Target = TargetOf(cluster), Night = night, Snapshot = status.Snapshot }, FunctionsJsonContext.Default.DescribeClusterSnapshotInput);
            status = Read(await Build(DescribeClusterSnapshotFunction.HandlerName).InvokeAsync(describe, Invoked, CancellationToken.None));
            progress.Add(status.PercentProgress);
        }

        Assert.True(status.Ready, $"{status.Snapshot} is still {status.Status}");
        var prune = JsonSerializer.Serialize(
            new PruneClusterSnapshotsInput { Target = TargetOf(cluster), Night = night, Snapshot = status.Snapshot, StartedAt = startedAt, PrunedBeforeCreate = status.PrunedBeforeCreate },
            FunctionsJsonContext.Default.PruneClusterSnapshotsInput);
        var result = JsonSerializer.Deserialize(await Build(PruneClusterSnapshotsFunction.HandlerName).InvokeAsync(prune, Invoked, CancellationToken.None), FunctionsJsonContext.Default.TargetResult)!;
        Assert.Equal(status.Snapshot, result.Snapshot);
        return (result, created, progress);
    }

    private ILambdaFunction Build(string handler)
    {
        if (!built.TryGetValue(handler, out var function))
        {
            built[handler] = function = FunctionComposition.Registry.Build(handler, environment);
        }

        return function;
    }

    private static Night NightOf(string date) =>
        new(date, Nights.At($"{date}T03:00:00Z"), Nights.At($"{date}T07:00:00Z"), Policy, MaxConcurrency: 40, ToleratedFailurePercentage: 5);

    private static SnapshotTarget TargetOf(string cluster) => new(cluster, SnapshotTargetKinds.Aurora, $"arn:aws:rds:{Region}:{Scope.AccountId}:cluster:{cluster}");

    private static string CreateInput(string cluster, Night night) =>
        JsonSerializer.Serialize(new CreateClusterSnapshotInput { Target = TargetOf(cluster), Night = night }, FunctionsJsonContext.Default.CreateClusterSnapshotInput);

    private static ClusterSnapshotStatus Read(string json) => JsonSerializer.Deserialize(json, FunctionsJsonContext.Default.ClusterSnapshotStatus)!;
}
