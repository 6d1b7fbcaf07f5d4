using System.Globalization;
using System.Text.Json;
using Amazon.Runtime;
using StorageOps.Aws;
using StorageOps.Aws.DocDbElastic;
using StorageOps.Functions.ElasticSnapshots;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.NightSummaries;
using StorageOps.Functions.Ownership;
using StorageOps.Functions.Retention;
using StorageOps.Functions.Serialization;
using StorageOps.Functions.SnapshotTargets;
using StorageOps.Functions.Tests.FileSystems;
using StorageOps.Simulator;
using StorageOps.Simulator.DocDbElastic;
using StorageOps.Simulator.Faults;

namespace StorageOps.Functions.Tests.ElasticSnapshots;

/// <summary>The three handlers through the real DocDbElasticClient (restJson1 on the wire) against the embedded simulator, on its virtual clock.</summary>
public sealed class ElasticSnapshotsOnSimulatorTests : IAsyncLifetime
{
    private const string Region = "eu-west-1";
    private const string Orders = "orders-docdb";
    private const string Sessions = "sessions-docdb";
    private const string Payments = "payments-docdb";
    private static readonly LambdaInvocation Invocation = new("inv-sim", DateTimeOffset.MaxValue);
    private static readonly DateOnly FirstNight = new(2026, 11, 25);
    private static readonly RetentionPolicy Policy = new(KeepDaily: 3, MinKeep: 3);

    private readonly ManualClock clock = new(At(FirstNight).AddMinutes(1));
    private readonly AwsSimulator simulator;
    private DocDbElasticClient client = null!;
    private CopyElasticSnapshotFunction copy = null!;
    private DescribeElasticSnapshotFunction describe = null!;
    private PruneElasticSnapshotsFunction prune = null!;

    public ElasticSnapshotsOnSimulatorTests()
    {
        simulator = new AwsSimulator(new SimulatorOptions
        {
            TimeProvider = clock,
            DefaultRegion = Region,
            DocDbElasticFleet = new DocDbElasticFleetSeed
            {
                Clusters =
                [
                    new ElasticClusterSeed { ClusterName = Orders, Region = Region, Tags = new Dictionary<string, string> { ["storageops:snapshot"] = "nightly", ["team"] = "orders" } },
                    new ElasticClusterSeed { ClusterName = Sessions, Region = Region, CustomerManagedEncryption = false },
                    new ElasticClusterSeed { ClusterName = Payments, Region = Region },
                ],
            },
            Faults = new FaultSettings
            {
                Rules = [new FaultRule { Service = "docdb-elastic", Resource = "storageops-payments-docdb-*", ForcedState = "INACCESSIBLE_ENCRYPTION_CREDS" }],
            },
        });
    }

    public async Task InitializeAsync()
    {
        await simulator.StartAsync();
        client = new DocDbElasticClient(new AwsClientSettings
        {
            ServiceUrl = simulator.Endpoint.ToString(),
            Credentials = new BasicAWSCredentials("local", "local"),
            Region = Region,
            MaxErrorRetry = 0,
        });
        copy = new CopyElasticSnapshotFunction(new ElasticSnapshotCopier(client, clock));
        describe = new DescribeElasticSnapshotFunction(new ElasticSnapshotCopier(client, clock));
        prune = new PruneElasticSnapshotsFunction(new ElasticSnapshotPruner(client, clock));
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await simulator.DisposeAsync();
    }

    [Fact]
    public async Task Night_WhenRunSevenNightsInARow_ShouldCopyPollToActiveAndKeepExactlyTheNewestThreeOwnedCopies()
    {
        var target = TargetOf(Orders);
        var foreign = simulator.DocDbElastic.CopyClusterSnapshot(simulator.DocDbElastic.DefaultScope, new Simulator.DocDbElastic.CopyClusterSnapshotRequest
        {
            SnapshotArn = NewestAutomatedArn(target),
            TargetSnapshotName = "before-upgrade",
        });
        TargetResult? last = null;
        for (var night = FirstNight; night <= FirstNight.AddDays(6); night = night.AddDays(1))
        {
            clock.Now = At(night).AddMinutes(1);
            last = await ProtectAsync(target, NightOf(night));
        }

        var manual = Manual(target);
        Assert.Equal(
            ["before-upgrade", "storageops-orders-docdb-20261129", "storageops-orders-docdb-20261130", "storageops-orders-docdb-20261201"],
            manual.Select(snapshot => snapshot.SnapshotName).Order(StringComparer.Ordinal));
        Assert.All(manual, snapshot => Assert.Equal("ACTIVE", snapshot.Status));
        Assert.Contains(manual, snapshot => snapshot.SnapshotArn == foreign.SnapshotArn);
        Assert.Equal(["storageops-orders-docdb-20261128"], last!.Pruned);
        Assert.Equal(TargetOutcomes.Succeeded, last.Outcome);

        var tonight = manual.Single(snapshot => snapshot.SnapshotName == "storageops-orders-docdb-20261201");
        var tags = simulator.DocDbElastic.ListTagsForResource(simulator.DocDbElastic.DefaultScope, tonight.SnapshotArn);
        Assert.Equal(OwnershipTags.ManagedByValue, tags[OwnershipTags.ManagedBy]);
        Assert.Equal("2026-12-01", tags[OwnershipTags.Night]);
    }

    [Fact]
    public async Task Copy_WhenTheNightIsRunAgain_ShouldFindItsOwnCopyAndCreateNothingNew()
    {
        var target = TargetOf(Orders);
        await ProtectAsync(target, NightOf(FirstNight));
        var before = Manual(target).Count;

        var again = await CopyAsync(target, NightOf(FirstNight));

        Assert.False(again.Created);
        Assert.True(again.Ready);
        Assert.Equal(before, Manual(target).Count);
    }

    [Fact]
    public async Task Copy_WhenTheNightNamesAKeyAndTheSourceIsOnTheAwsOwnedKey_ShouldRefuseBeforeCopying()
    {
        var target = TargetOf(Sessions);

        var failure = await ElasticSnapshotScenario.FailureOf(() => CopyAsync(target, NightOf(FirstNight, kmsKeyId: "alias/storageops")));

        Assert.Equal(ErrorNames.ValidationError, failure.ErrorType);
        Assert.Empty(Manual(target));
    }

    [Fact]
    public async Task Copy_WhenTheNightsKeyDoesNotExist_ShouldFailWithKmsKeyNotAccessible()
    {
        var target = TargetOf(Orders);

        var failure = await ElasticSnapshotScenario.FailureOf(() => CopyAsync(target, NightOf(FirstNight, kmsKeyId: "alias/no-such-key")));

        Assert.Equal(ErrorNames.KmsKeyNotAccessible, failure.ErrorType);
        Assert.Empty(Manual(target));
    }

    [Fact]
    public async Task Copy_WhenTheNightsKeyExists_ShouldCopyWithIt()
    {
        var target = TargetOf(Orders);

        var started = await CopyAsync(target, NightOf(FirstNight, kmsKeyId: "alias/storageops"));

        Assert.True(started.Created);
        Assert.Contains("1234abcd-12ab-34cd-56ef-1234567890ab", Manual(target).Single().KmsKeyId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Describe_WhenTheCopySettlesInAFailedStatus_ShouldFailWithSnapshotFailedNamingIt()
    {
        var target = TargetOf(Payments);
        var started = await CopyAsync(target, NightOf(FirstNight));
        clock.Now = clock.Now.AddSeconds(started.SecondsUntilNextPoll);

        var failure = await ElasticSnapshotScenario.FailureOf(() => DescribeAsync(target, NightOf(FirstNight), started.SnapshotArn));

        Assert.Equal(ErrorNames.SnapshotFailed, failure.ErrorType);
        Assert.Contains("INACCESSIBLE_ENCRYPTION_CREDS", failure.ErrorMessage, StringComparison.Ordinal);
    }

    private static DateTimeOffset At(DateOnly night) => new(night.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);

    private static Night NightOf(DateOnly night, string? kmsKeyId = null) =>
        new(night.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), At(night), At(night).AddHours(4), Policy, 40, 5, kmsKeyId);

    private async Task<TargetResult> ProtectAsync(SnapshotTarget target, Night night)
    {
        var startedAt = clock.Now;
        var status = await CopyAsync(target, night);
        var polls = 0;
        while (!status.Ready)
        {
            Assert.InRange(++polls, 1, 20);
            clock.Now = clock.Now.AddSeconds(status.SecondsUntilNextPoll);
            status = await DescribeAsync(target, night, status.SnapshotArn);
        }

        var json = await prune.InvokeAsync(
            JsonSerializer.Serialize(new PruneElasticSnapshotsInput { Target = target, Night = night, Snapshot = status.Snapshot, StartedAt = startedAt }, FunctionsJsonContext.Default.PruneElasticSnapshotsInput),
            Invocation,
            CancellationToken.None);
        return JsonSerializer.Deserialize(json, FunctionsJsonContext.Default.TargetResult)!;
    }

    private async Task<ElasticSnapshotStatus> CopyAsync(SnapshotTarget target, Night night) => Status(await copy.InvokeAsync(
        JsonSerializer.Serialize(new CopyElasticSnapshotInput { Target = target, Night = night }, FunctionsJsonContext.Default.CopyElasticSnapshotInput),
        Invocation,
        CancellationToken.None));

    private async Task<ElasticSnapshotStatus> DescribeAsync(SnapshotTarget target, Night night, string snapshotArn) => Status(await describe.InvokeAsync(
        JsonSerializer.Serialize(new DescribeElasticSnapshotInput { Target = target, Night = night, SnapshotArn = snapshotArn }, FunctionsJsonContext.Default.DescribeElasticSnapshotInput),
        Invocation,
        CancellationToken.None));

    private static ElasticSnapshotStatus Status(string json) => JsonSerializer.Deserialize(json, FunctionsJsonContext.Default.ElasticSnapshotStatus)!;

    private SnapshotTarget TargetOf(string clusterName) => new(
        clusterName,
        SnapshotTargetKinds.DocDbElastic,
        simulator.DocDbElastic.ListClusters(simulator.DocDbElastic.DefaultScope).Clusters.Single(cluster => cluster.ClusterName == clusterName).ClusterArn);

    private string NewestAutomatedArn(SnapshotTarget target) =>
        simulator.DocDbElastic.PeekClusterSnapshots(simulator.DocDbElastic.DefaultScope)
            .Where(snapshot => snapshot.ClusterArn == target.Arn && snapshot.SnapshotType == "AUTOMATED")
            .MaxBy(snapshot => snapshot.SnapshotCreationTime)!.SnapshotArn;

    private List<ElasticClusterSnapshotDescription> Manual(SnapshotTarget target) =>
        [.. simulator.DocDbElastic.PeekClusterSnapshots(simulator.DocDbElastic.DefaultScope).Where(snapshot => snapshot.ClusterArn == target.Arn && snapshot.SnapshotType == "MANUAL")];
}
