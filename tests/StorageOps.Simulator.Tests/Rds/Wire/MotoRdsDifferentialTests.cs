using System.Text.Json.Nodes;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Simulator.Rds;
using StorageOps.Simulator.Tests.TestSupport;
using StorageOps.Testing;

namespace StorageOps.Simulator.Tests.Rds.Wire;

/// <summary>
/// The same aws CLI sequence against moto_server and the simulator: the same response shapes (every member moto returns, we
/// return too, apart from the recorded differences) and the same error codes. Legitimate differences, each deliberate:
/// <list type="bullet">
/// <item>moto makes snapshots <c>available</c> at once; the simulator starts them <c>creating</c> (as RDS does) and settles them on its clock.</item>
/// <item>members only moto sends are listed in <see cref="MotoOnlyClusterMembers"/> and <see cref="MotoOnlySnapshotMembers"/>.</item>
/// </list>
/// </summary>
public sealed class MotoRdsDifferentialTests(MotoServer moto) : IClassFixture<MotoServer>, IAsyncLifetime
{
    private const string Region = "us-east-1";

    // Members moto fills for every cluster that RDS sends only for other cluster kinds: backtracking (aurora-mysql with a
    // backtrack window), Serverless v1 scaling, global-database write forwarding, Multi-AZ DB cluster public access, and
    // log exports (none were enabled).
    private static readonly string[] MotoOnlyClusterMembers =
    [
        "BacktrackWindow", "EnabledCloudwatchLogsExports", "GlobalWriteForwardingRequested", "PubliclyAccessible", "ScalingConfigurationInfo",
    ];

    private static readonly string[] MotoOnlySnapshotMembers = [];

    private readonly ManualTimeProvider clock = new();
    private AwsSimulator simulator = null!;

    public async Task InitializeAsync()
    {
        await moto.ResetAsync();
        simulator = new AwsSimulator(new SimulatorOptions
        {
            TimeProvider = clock,
            RdsFleet = RdsFleetSeed.Empty,
            DBClusterCreation = LifecycleTransition.AfterDescribes(1),
        });
        await simulator.StartAsync();
        foreach (var endpoint in Endpoints)
        {
            await AwsCliRunner.RunJsonAsync(endpoint, Region,
                "rds", "create-db-cluster", "--db-cluster-identifier", "diff-pg", "--engine", "aurora-postgresql",
                "--master-username", "postgres", "--master-user-password", "Secret-12345", "--storage-encrypted",
                "--tags", "Key=storageops:snapshot,Value=nightly");
        }
    }

    public async Task DisposeAsync() => await simulator.DisposeAsync();

    private IEnumerable<Uri> Endpoints => [moto.Endpoint, simulator.Endpoint];

    [Fact]
    public async Task DescribeDBClusters_WhenSameClusterCreatedInBoth_ShouldMatchShapeStatusAndTags()
    {
        var (motoOutput, ours) = await BothAsync("rds", "describe-db-clusters", "--db-cluster-identifier", "diff-pg");

        var motoCluster = motoOutput["DBClusters"]![0]!.AsObject();
        var ourCluster = ours["DBClusters"]![0]!.AsObject();
        AssertSameShape(motoCluster, ourCluster, MotoOnlyClusterMembers);
        foreach (var member in new[] { "DBClusterIdentifier", "DBClusterArn", "Engine", "Status", "Port", "MasterUsername", "StorageEncrypted", "TagList" })
        {
            Assert.True(JsonNode.DeepEquals(motoCluster[member], ourCluster[member]), $"{member}: moto {motoCluster[member]?.ToJsonString()} vs simulator {ourCluster[member]?.ToJsonString()}");
        }
    }

    [Fact]
    public async Task CreateDBClusterSnapshot_WhenSameRequest_ShouldMatchShapeAndIdentity()
    {
        await BothAsync("rds", "describe-db-clusters");
        var (motoOutput, ours) = await BothAsync("rds", "create-db-cluster-snapshot", "--db-cluster-identifier", "diff-pg", "--db-cluster-snapshot-identifier", "diff-1", "--tags", "Key=owner,Value=diff");

        var motoSnapshot = motoOutput["DBClusterSnapshot"]!.AsObject();
        var ourSnapshot = ours["DBClusterSnapshot"]!.AsObject();
        AssertSameShape(motoSnapshot, ourSnapshot, MotoOnlySnapshotMembers);
        foreach (var member in new[] { "DBClusterSnapshotIdentifier", "DBClusterIdentifier", "DBClusterSnapshotArn", "Engine", "MasterUsername", "SnapshotType", "StorageEncrypted", "TagList" })
        {
            Assert.True(JsonNode.DeepEquals(motoSnapshot[member], ourSnapshot[member]), $"{member}: moto {motoSnapshot[member]?.ToJsonString()} vs simulator {ourSnapshot[member]?.ToJsonString()}");
        }

        Assert.Equal("available", motoSnapshot["Status"]!.GetValue<string>());
        Assert.Equal("creating", ourSnapshot["Status"]!.GetValue<string>());
    }

    [Fact]
    public async Task SnapshotLifecycle_WhenSameSequence_ShouldMatchShapesAndTagResults()
    {
        await BothAsync("rds", "describe-db-clusters");
        await BothAsync("rds", "create-db-cluster-snapshot", "--db-cluster-identifier", "diff-pg", "--db-cluster-snapshot-identifier", "diff-1");
        clock.Advance(TimeSpan.FromMinutes(10));

        var (motoCopy, ourCopy) = await BothAsync("rds", "copy-db-cluster-snapshot", "--source-db-cluster-snapshot-identifier", "diff-1", "--target-db-cluster-snapshot-identifier", "diff-1-copy");
        AssertSameShape(motoCopy["DBClusterSnapshot"]!.AsObject(), ourCopy["DBClusterSnapshot"]!.AsObject(), MotoOnlySnapshotMembers);
        clock.Advance(TimeSpan.FromMinutes(10));

        var arn = $"arn:aws:rds:{Region}:123456789012:cluster-snapshot:diff-1";
        await BothAsync("rds", "add-tags-to-resource", "--resource-name", arn, "--tags", "Key=retention,Value=7", "Key=team,Value=data");
        await BothAsync("rds", "remove-tags-from-resource", "--resource-name", arn, "--tag-keys", "team");
        var (motoTags, ourTags) = await BothAsync("rds", "list-tags-for-resource", "--resource-name", arn);
        Assert.True(JsonNode.DeepEquals(motoTags, ourTags), $"moto {motoTags.ToJsonString()} vs simulator {ourTags.ToJsonString()}");

        var (motoManual, ourManual) = await BothAsync("rds", "describe-db-cluster-snapshots", "--db-cluster-identifier", "diff-pg", "--snapshot-type", "manual");
        Assert.Equal(IdentifiersOf(motoManual), IdentifiersOf(ourManual));

        var (motoDeleted, ourDeleted) = await BothAsync("rds", "delete-db-cluster-snapshot", "--db-cluster-snapshot-identifier", "diff-1-copy");
        AssertSameShape(motoDeleted["DBClusterSnapshot"]!.AsObject(), ourDeleted["DBClusterSnapshot"]!.AsObject(), MotoOnlySnapshotMembers);
        Assert.Equal(motoDeleted["DBClusterSnapshot"]!["Status"]!.GetValue<string>(), ourDeleted["DBClusterSnapshot"]!["Status"]!.GetValue<string>());
    }

    [Fact]
    public async Task RdsCommands_WhenRefused_ShouldFailWithTheSameErrorCodes()
    {
        await BothAsync("rds", "describe-db-clusters");
        await BothAsync("rds", "create-db-cluster-snapshot", "--db-cluster-identifier", "diff-pg", "--db-cluster-snapshot-identifier", "diff-1");
        string[][] refused =
        [
            ["create-db-cluster-snapshot", "--db-cluster-identifier", "diff-pg", "--db-cluster-snapshot-identifier", "diff-1"],
            ["create-db-cluster-snapshot", "--db-cluster-identifier", "nope", "--db-cluster-snapshot-identifier", "diff-2"],
            ["describe-db-cluster-snapshots", "--db-cluster-snapshot-identifier", "nope"],
            ["delete-db-cluster-snapshot", "--db-cluster-snapshot-identifier", "nope"],
            ["describe-db-clusters", "--db-cluster-identifier", "nope"],
            ["copy-db-cluster-snapshot", "--source-db-cluster-snapshot-identifier", "nope", "--target-db-cluster-snapshot-identifier", "diff-3"],
        ];

        foreach (var command in refused)
        {
            var motoCode = await AwsCliRunner.RunFailingAsync(moto.Endpoint, Region, ["rds", .. command]);
            var ourCode = await AwsCliRunner.RunFailingAsync(simulator.Endpoint, Region, ["rds", .. command]);
            Assert.True(motoCode == ourCode, $"{string.Join(' ', command)}: moto {motoCode}, simulator {ourCode}");
        }
    }

    private async Task<(JsonObject Moto, JsonObject Simulator)> BothAsync(params string[] arguments) =>
        (await AwsCliRunner.RunJsonAsync(moto.Endpoint, Region, arguments), await AwsCliRunner.RunJsonAsync(simulator.Endpoint, Region, arguments));

    private static IEnumerable<string> IdentifiersOf(JsonObject output) =>
        output["DBClusterSnapshots"]!.AsArray().Select(snapshot => snapshot!["DBClusterSnapshotIdentifier"]!.GetValue<string>()).Order(StringComparer.Ordinal);

    private static void AssertSameShape(JsonObject motoObject, JsonObject ours, IEnumerable<string> motoOnly)
    {
        var missing = motoObject.Select(member => member.Key).Except(ours.Select(member => member.Key)).Except(motoOnly).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"members moto returns that the simulator does not: {string.Join(", ", missing)}");
    }
}
