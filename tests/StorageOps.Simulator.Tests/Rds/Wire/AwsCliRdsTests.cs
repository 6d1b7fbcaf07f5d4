using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Rds.Wire;

/// <summary>The aws CLI (v1) pointed at the simulator's RDS with --endpoint-url, as a user exploring the default fleet would.</summary>
public sealed class AwsCliRdsTests : IAsyncLifetime
{
    private const string CliRegion = "ca-central-1";

    private readonly ManualTimeProvider clock = new();
    private AwsSimulator simulator = null!;

    public async Task InitializeAsync()
    {
        simulator = new AwsSimulator(new SimulatorOptions { TimeProvider = clock });
        await simulator.StartAsync();
    }

    public async Task DisposeAsync() => await simulator.DisposeAsync();

    [Fact]
    public async Task DescribeDBClusters_WhenRunByAwsCli_ShouldPrintTheSeededFleetWithTags()
    {
        var output = await RunAsync("rds", "describe-db-clusters", "--filters", "Name=engine,Values=aurora-mysql");

        var clusters = output["DBClusters"]!.AsArray();
        Assert.Equal(["billing-aurora-mysql", "legacy-reports-mysql"], clusters.Select(cluster => cluster!["DBClusterIdentifier"]!.GetValue<string>()));
        Assert.Equal($"arn:aws:rds:{CliRegion}:123456789012:cluster:billing-aurora-mysql", clusters[0]!["DBClusterArn"]!.GetValue<string>());
        Assert.Equal("nightly", clusters[0]!["TagList"]!.AsArray().First()!["Value"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateDBClusterSnapshot_WhenRunByAwsCli_ShouldCreateAndLaterDescribeAvailable()
    {
        var created = await RunAsync("rds", "create-db-cluster-snapshot", "--db-cluster-identifier", "orders-aurora-pg", "--db-cluster-snapshot-identifier", "from-cli", "--tags", "Key=owner,Value=cli");
        clock.Advance(TimeSpan.FromMinutes(5));
        var described = await RunAsync("rds", "describe-db-cluster-snapshots", "--db-cluster-snapshot-identifier", "from-cli");

        Assert.Equal("creating", created["DBClusterSnapshot"]!["Status"]!.GetValue<string>());
        Assert.Equal("cli", created["DBClusterSnapshot"]!["TagList"]![0]!["Value"]!.GetValue<string>());
        var snapshot = Assert.Single(described["DBClusterSnapshots"]!.AsArray())!;
        Assert.Equal("available", snapshot["Status"]!.GetValue<string>());
        Assert.Equal(100, snapshot["PercentProgress"]!.GetValue<int>());
    }

    [Fact]
    public async Task DescribeDBClusterSnapshots_WhenCliPaginatesWithPageSize_ShouldPrintEverySnapshot()
    {
        for (var index = 0; index < 25; index++)
        {
            simulator.Rds.CreateDBClusterSnapshot(new AccountRegion("123456789012", CliRegion), new() { DBClusterIdentifier = "orders-aurora-pg", DBClusterSnapshotIdentifier = $"page-{index}" });
        }

        var output = await RunAsync("rds", "describe-db-cluster-snapshots", "--snapshot-type", "manual", "--page-size", "20");

        Assert.Equal(25, output["DBClusterSnapshots"]!.AsArray().Count);
    }

    [Fact]
    public async Task CopyAndTagAndDelete_WhenRunByAwsCli_ShouldEachSucceed()
    {
        var automated = (await RunAsync("rds", "describe-db-cluster-snapshots", "--db-cluster-identifier", "orders-aurora-pg", "--snapshot-type", "automated"))["DBClusterSnapshots"]![0]!;
        var copy = await RunAsync("rds", "copy-db-cluster-snapshot", "--source-db-cluster-snapshot-identifier", automated["DBClusterSnapshotIdentifier"]!.GetValue<string>(), "--target-db-cluster-snapshot-identifier", "cli-copy", "--copy-tags");
        var arn = copy["DBClusterSnapshot"]!["DBClusterSnapshotArn"]!.GetValue<string>();
        await RunAsync("rds", "add-tags-to-resource", "--resource-name", arn, "--tags", "Key=retention,Value=7");
        await RunAsync("rds", "remove-tags-from-resource", "--resource-name", arn, "--tag-keys", "storageops:snapshot");
        var tags = await RunAsync("rds", "list-tags-for-resource", "--resource-name", arn);
        clock.Advance(TimeSpan.FromMinutes(5));
        var deleted = await RunAsync("rds", "delete-db-cluster-snapshot", "--db-cluster-snapshot-identifier", "cli-copy");

        Assert.Equal(automated["DBClusterSnapshotArn"]!.GetValue<string>(), copy["DBClusterSnapshot"]!["SourceDBClusterSnapshotArn"]!.GetValue<string>());
        Assert.Equal(["team=orders", "retention=7"], tags["TagList"]!.AsArray().Select(tag => $"{tag!["Key"]}={tag["Value"]}"));
        Assert.Equal("cli-copy", deleted["DBClusterSnapshot"]!["DBClusterSnapshotIdentifier"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("DBClusterNotFoundFault", "create-db-cluster-snapshot", "--db-cluster-identifier", "nope", "--db-cluster-snapshot-identifier", "x")]
    [InlineData("InvalidDBClusterStateFault", "create-db-cluster-snapshot", "--db-cluster-identifier", "legacy-reports-mysql", "--db-cluster-snapshot-identifier", "x")]
    [InlineData("DBClusterSnapshotNotFoundFault", "delete-db-cluster-snapshot", "--db-cluster-snapshot-identifier", "nope")]
    public async Task RdsCommands_WhenRefused_ShouldPrintTheRdsErrorCode(string code, params string[] command)
    {
        Assert.Equal(code, await AwsCliRunner.RunFailingAsync(simulator.Endpoint, CliRegion, ["rds", .. command]));
    }

    private Task<System.Text.Json.Nodes.JsonObject> RunAsync(params string[] arguments) => AwsCliRunner.RunJsonAsync(simulator.Endpoint, CliRegion, arguments);
}
