using StorageOps.Simulator.SeedFile;
using StorageOps.Simulator.Tests.TestSupport;
using StorageOps.Testing;

namespace StorageOps.Simulator.Tests.SeedFile;

public sealed class SeededFleetReportTests
{
    [Fact]
    public async Task Write_WhenServingTheDefaultFleet_ShouldPrintTheDefaultVpcClustersSnapshotsAndCommandsUsingThem()
    {
        var options = new SimulatorOptions { TimeProvider = new ManualTimeProvider() };
        await using var simulator = new AwsSimulator(options);
        await simulator.StartAsync();
        using var output = new StringWriter();

        SeededFleetReport.Write(simulator, options, output);

        var text = output.ToString();
        var elasticCluster = simulator.DocDbElastic.ListClusters(simulator.DocDbElastic.DefaultScope).Clusters[0];
        Assert.Contains("Account 123456789012, region us-east-1:", text, StringComparison.Ordinal);
        Assert.Contains("172.31.0.0/16 (default)", text, StringComparison.Ordinal);
        Assert.Matches(@"subnet subnet-[0-9a-f]{17} us-east-1a 172\.31\.0\.0/20", text);
        Assert.Matches(@"subnet subnet-[0-9a-f]{17} us-east-1c 172\.31\.32\.0/20", text);
        Assert.Matches(@"security group sg-[0-9a-f]{17} \(default\)", text);
        Assert.Contains("RDS cluster orders-aurora-pg (aurora-postgresql 16.4, available, encrypted, tags storageops:snapshot=nightly, team=orders)", text, StringComparison.Ordinal);
        Assert.Contains($"DocumentDB Elastic cluster {elasticCluster.ClusterName} {elasticCluster.ClusterArn}", text, StringComparison.Ordinal);
        Assert.Matches(@"automated snapshot catalog-docdb-automated-\S+ arn:aws:docdb-elastic:us-east-1:123456789012:cluster-snapshot/[0-9a-f]{32}", text);
        Assert.Contains($"aws --endpoint-url {simulator.Endpoint.ToString().TrimEnd('/')} --region us-east-1 rds create-db-cluster-snapshot --db-cluster-identifier orders-aurora-pg", text, StringComparison.Ordinal);
        Assert.Contains("docdb-elastic copy-cluster-snapshot --snapshot-arn arn:aws:docdb-elastic:us-east-1:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_WhenServingTheNightlyFleet_ShouldPrintManualSnapshotsUnderTheirClusterAndAPutEventsCommand()
    {
        var options = FleetSeedFile.Load(RepositoryPaths.Combine("docs", "examples", "nightly-fleet.json"), new SimulatorOptions { TimeProvider = new ManualTimeProvider() });
        await using var simulator = new AwsSimulator(options);
        await simulator.StartAsync();
        using var output = new StringWriter();

        SeededFleetReport.Write(simulator, options, output);

        var text = output.ToString();
        Assert.Contains(
            "  RDS cluster payments-aurora-pg (aurora-postgresql 16.4, available, encrypted, tags storageops:snapshot=nightly, team=payments, cost-center=cc-1042)"
            + Environment.NewLine + "    manual snapshot payments-before-pg16-upgrade (available, tags team=payments)",
            text,
            StringComparison.Ordinal);
        Assert.Contains("    manual snapshot orders-manual-2026-11-24 (available, untagged)", text, StringComparison.Ordinal);
        Assert.Contains("""events put-events --entries '[{"Source":"demo","DetailType":"Hello","Detail":"{}"}]'""", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_WhenServingASeedFile_ShouldPrintEveryAccountAndRegionTheFileNames()
    {
        var options = FleetSeedFile.Load(RepositoryPaths.Combine("docs", "examples", "fleet.json"), new SimulatorOptions { TimeProvider = new ManualTimeProvider() });
        await using var simulator = new AwsSimulator(options);
        await simulator.StartAsync();
        using var output = new StringWriter();

        SeededFleetReport.Write(simulator, options, output);

        var text = output.ToString();
        Assert.Contains("Account 111122223333, region eu-west-1:", text, StringComparison.Ordinal);
        Assert.Contains("Account 111122223333, region eu-central-1:", text, StringComparison.Ordinal);
        Assert.Contains("subnet subnet-0a1b2c3d4e5f6001b eu-central-1b 10.30.1.0/24", text, StringComparison.Ordinal);
        Assert.Contains("security group sg-0a1b2c3d4e5f60002 (efs-clients)", text, StringComparison.Ordinal);
        Assert.Contains("RDS cluster archive-aurora-mysql (aurora-mysql 5.7.mysql_aurora.2.12.4, stopped, encrypted, untagged)", text, StringComparison.Ordinal);
        Assert.Contains("--subnet-id subnet-0a1b2c3d4e5f6000a", text, StringComparison.Ordinal);
        Assert.DoesNotContain("172.31.0.0/16", text, StringComparison.Ordinal);
    }
}
