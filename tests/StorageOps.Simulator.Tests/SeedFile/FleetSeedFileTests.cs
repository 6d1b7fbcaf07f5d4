using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.DocDbElastic;
using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Kms;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Simulator.SeedFile;
using StorageOps.Simulator.Tests.TestSupport;
using StorageOps.Testing;

namespace StorageOps.Simulator.Tests.SeedFile;

public sealed class FleetSeedFileTests
{
    private static string ExamplePath => RepositoryPaths.Combine("docs", "examples", "fleet.json");

    [Fact]
    public void Load_WhenGivenTheDocumentedExample_ShouldSeedItsAccountRegionsVpcsAndClusters()
    {
        var options = FleetSeedFile.Load(ExamplePath);

        Assert.Equal("111122223333", options.AccountId);
        Assert.Equal("eu-west-1", options.DefaultRegion);
        Assert.False(options.Fleet.DefaultVpcInEveryRegion);
        Assert.Equal(["vpc-0a1b2c3d4e5f60001", "vpc-0a1b2c3d4e5f60002"], options.Fleet.Vpcs.Select(vpc => vpc.VpcId));
        Assert.Equal(3, options.Fleet.Vpcs[0].Subnets.Count);
        Assert.Equal(["payments-aurora-pg", "ledger-aurora-mysql", "archive-aurora-mysql"], options.RdsFleet.Clusters.Select(cluster => cluster.DBClusterIdentifier));
        Assert.Equal(["profiles-docdb", "events-docdb"], options.DocDbElasticFleet.Clusters.Select(cluster => cluster.ClusterName));
        Assert.Equal(LifecycleTransition.AfterSeconds(5), options.FileSystemCreation);
        Assert.Equal(LifecycleTransition.AfterDescribes(2), options.MountTargetCreation);
        Assert.Equal(new SimulatorOptions().ReplicationEnabling, options.ReplicationEnabling);
        Assert.Equal(42, options.Faults.Seed);
        Assert.Equal(
            new FaultRule { Service = "rds", Operation = "CreateDBClusterSnapshot", ServerErrorRate = 0.05, Latency = TimeSpan.FromMilliseconds(200) },
            options.Faults.Rules[1]);
        Assert.Equal(TimeSpan.FromSeconds(2), options.Faults.Rules[2].NotFoundAfterCreate);
        Assert.Equal("INACCESSIBLE_ENCRYPTION_CREDS", options.Faults.Rules[3].ForcedState);
    }

    [Fact]
    public void Load_WhenServedBySimulator_ShouldSeedEachClusterOnlyWhereTheFileSaysAndDefaultsElsewhere()
    {
        var options = FleetSeedFile.Load(ExamplePath, new SimulatorOptions { TimeProvider = new ManualTimeProvider() });
        var simulator = new AwsSimulator(options);
        var ireland = new AccountRegion("111122223333", "eu-west-1");
        var frankfurt = new AccountRegion("111122223333", "eu-central-1");

        Assert.Equal(
            ["archive-aurora-mysql", "ledger-aurora-mysql", "payments-aurora-pg"],
            simulator.Rds.PeekDBClusters(ireland).Select(cluster => cluster.DBClusterIdentifier).Order(StringComparer.Ordinal));
        Assert.Equal(["ledger-aurora-mysql", "payments-aurora-pg"], simulator.Rds.PeekDBClusters(frankfurt).Select(cluster => cluster.DBClusterIdentifier).Order(StringComparer.Ordinal));
        Assert.Equal(2, simulator.DocDbElastic.ListClusters(ireland).Clusters.Count);
        Assert.Empty(simulator.DocDbElastic.ListClusters(frankfurt).Clusters);
        Assert.Equal(
            5,
            simulator.DocDbElastic.ListClusterSnapshots(ireland, new ListClusterSnapshotsRequest { SnapshotType = "automated" }).Snapshots.Count);
        Assert.Equal(7, simulator.Rds.PeekDBClusterSnapshots(ireland).Count(snapshot => snapshot.DBClusterIdentifier == "payments-aurora-pg"));
    }

    [Fact]
    public void Load_WhenTheFileSeedsSubnets_ShouldLetEfsMountTargetsUseThem()
    {
        var clock = new ManualTimeProvider();
        var options = FleetSeedFile.Load(ExamplePath, new SimulatorOptions { TimeProvider = clock });
        var efs = new EfsBackend(options);
        var scope = new AccountRegion("111122223333", "eu-west-1");
        var fileSystem = efs.CreateFileSystem(scope, new CreateFileSystemRequest { CreationToken = "seeded" });
        clock.Advance(TimeSpan.FromSeconds(5));

        var mountTarget = efs.CreateMountTarget(scope, new CreateMountTargetRequest { FileSystemId = fileSystem.FileSystemId, SubnetId = "subnet-0a1b2c3d4e5f6000b" });

        Assert.Equal("eu-west-1b", mountTarget.AvailabilityZoneName);
        Assert.Equal("vpc-0a1b2c3d4e5f60001", mountTarget.VpcId);
    }

    [Fact]
    public void Parse_WhenGivenAnEmptyObject_ShouldServeAnEmptyFleetWithDefaultVpcs()
    {
        var options = FleetSeedFile.Parse("{}");

        Assert.Empty(options.RdsFleet.Clusters);
        Assert.Empty(options.DocDbElasticFleet.Clusters);
        Assert.True(options.Fleet.DefaultVpcInEveryRegion);
        Assert.Equal("123456789012", options.AccountId);
    }

    [Fact]
    public void Parse_WhenTheFileSeedsKmsKeys_ShouldServeThemInTheirRegionInsteadOfTheDefaultKey()
    {
        var options = FleetSeedFile.Parse("""{"kmsKeys": [{"keyId": "0987dcba-09fe-87dc-65ba-ab0987654321", "aliases": ["alias/snapshots"], "region": "eu-west-1"}]}""");
        var keyring = new KmsKeyring(options.KmsKeys);

        Assert.Equal("arn:aws:kms:eu-west-1:123456789012:key/0987dcba-09fe-87dc-65ba-ab0987654321", keyring.ResolveKeyArn(new AccountRegion("123456789012", "eu-west-1"), "alias/snapshots"));
        Assert.Null(keyring.ResolveKeyArn(new AccountRegion("123456789012", "us-east-1"), "alias/snapshots"));
        Assert.Null(keyring.ResolveKeyArn(new AccountRegion("123456789012", "eu-west-1"), "alias/storageops"));
    }

    [Fact]
    public void Parse_WhenTransitionsNameTheThroughputUpdate_ShouldSetHowLongAFileSystemStaysUpdating()
    {
        var options = FleetSeedFile.Parse("""{"transitions": {"fileSystemUpdate": {"afterSeconds": 20}}}""");

        Assert.Equal(LifecycleTransition.AfterSeconds(20), options.FileSystemUpdate);
        Assert.Equal(LifecycleTransition.AfterSeconds(0), FleetSeedFile.Parse("{}").FileSystemUpdate);
    }

    [Fact]
    public void Parse_WhenManualClusterSnapshotQuotaGiven_ShouldSetItAndDefaultToAHundred()
    {
        Assert.Equal(12, FleetSeedFile.Parse("""{"manualClusterSnapshotQuota": 12}""").ManualClusterSnapshotQuota);
        Assert.Equal(100, FleetSeedFile.Parse("{}").ManualClusterSnapshotQuota);
    }

    [Fact]
    public void Parse_WhenAKmsKeyIsDisabled_ShouldSeedItDisabled()
    {
        var options = FleetSeedFile.Parse("""{"kmsKeys": [{"keyId": "1234abcd-12ab-34cd-56ef-1234567890ab", "aliases": ["alias/retired"], "enabled": false}, {"keyId": "00000000-1111-2222-3333-444444444444"}]}""");

        Assert.Equal([false, true], options.KmsKeys.Select(key => key.Enabled));
    }

    [Fact]
    public void Parse_WhenAFaultRuleHasATokenBucket_ShouldReadItsRateAndBurst()
    {
        var options = FleetSeedFile.Parse("""{"faults": {"rules": [{"service": "rds", "operation": "*", "throttleRatePerSecond": 20, "throttleBurst": 40}, {"service": "events", "throttleRatePerSecond": 0.5}]}}""");

        Assert.Equal(new FaultRule { Service = "rds", ThrottleRatePerSecond = 20, ThrottleBurst = 40 }, options.Faults.Rules[0]);
        Assert.Equal(new FaultRule { Service = "events", ThrottleRatePerSecond = 0.5 }, options.Faults.Rules[1]);
    }

    [Theory]
    [InlineData("""{"rdsClusters": [{"dbClusterIdentifier": "a", "engine": "aurora-postgresql"}, {"dbClusterIdentifier": "b", "engine": "postgres"}]}""", "$.rdsClusters[1].engine")]
    [InlineData("""{"rdsClusters": [{"engine": "aurora-mysql"}]}""", "$.rdsClusters[0].dbClusterIdentifier")]
    [InlineData("""{"rdsClusters": [{"dbClusterIdentifier": "a", "engine": "aurora-mysql", "status": "deleting"}]}""", "$.rdsClusters[0].status")]
    [InlineData("""{"rdsClusters": [{"dbClusterIdentifier": "a", "engine": "aurora-mysql"}, {"dbClusterIdentifier": "A", "engine": "aurora-mysql"}]}""", "$.rdsClusters[1].dbClusterIdentifier")]
    [InlineData("""{"rdsClusters": [{"dbClusterIdentifier": "a", "engine": "aurora-mysql", "tags": {"team": 3}}]}""", "$.rdsClusters[0].tags.team")]
    [InlineData("""{"rdsClusters": {"dbClusterIdentifier": "a"}}""", "$.rdsClusters")]
    [InlineData("""{"docDbElasticClusters": [{"clusterName": "1bad"}]}""", "$.docDbElasticClusters[0].clusterName")]
    [InlineData("""{"docDbElasticClusters": [{"clusterName": "ok", "automatedSnapshotCount": -1}]}""", "$.docDbElasticClusters[0].automatedSnapshotCount")]
    [InlineData("""{"docDbElasticClusters": [{"clusterName": "ok", "region": "Ireland"}]}""", "$.docDbElasticClusters[0].region")]
    [InlineData("""{"vpcs": [{"vpcId": "vpc-0123456789abcdef0", "region": "us-east-1", "cidrBlock": "10.0.0.0/16", "subnets": [{"subnetId": "subnet-0123456789abcdef0", "availabilityZone": "us-west-2a", "cidrBlock": "10.0.0.0/24"}]}]}""", "$.vpcs[0].subnets[0].availabilityZone")]
    [InlineData("""{"vpcs": [{"vpcId": "vpc-0123456789abcdef0", "region": "us-east-1", "cidrBlock": "10.0.0.0/16", "subnets": [{"subnetId": "subnet-0123456789abcdef0", "availabilityZone": "us-east-1a", "cidrBlock": "10.1.0.0/24"}]}]}""", "$.vpcs[0].subnets[0].cidrBlock")]
    [InlineData("""{"vpcs": [{"vpcId": "vpc-0123456789abcdef0", "region": "us-east-1", "cidrBlock": "10.0.0.0/33"}]}""", "$.vpcs[0].cidrBlock")]
    [InlineData("""{"vpcs": [{"vpcId": "vpc-1", "region": "us-east-1", "cidrBlock": "10.0.0.0/16"}]}""", "$.vpcs[0].vpcId")]
    [InlineData("""{"accountId": "12345"}""", "$.accountId")]
    [InlineData("""{"transitions": {"fileSystemCreation": {"afterSeconds": 3, "afterDescribes": 2}}}""", "$.transitions.fileSystemCreation")]
    [InlineData("""{"transitions": {"fileSystemCreaton": {"afterSeconds": 3}}}""", "$.transitions.fileSystemCreaton")]
    [InlineData("""{"rdsCluster": []}""", "$.rdsCluster")]
    [InlineData("""{"faults": {"rules": [{"throttleRate": 0.1}, {"throttleRate": 1.5}]}}""", "$.faults.rules[1].throttleRate")]
    [InlineData("""{"faults": {"rules": [{"service": "sqs"}]}}""", "$.faults.rules[0].service")]
    [InlineData("""{"faults": {"rules": [{"latency": 100}]}}""", "$.faults.rules[0].latency")]
    [InlineData("""{"faults": {"seed": "abc"}}""", "$.faults.seed")]
    [InlineData("""{"faults": {"rules": [{"throttleRatePerSecond": -1}]}}""", "$.faults.rules[0].throttleRatePerSecond")]
    [InlineData("""{"faults": {"rules": [{"throttleRatePerSecond": 5, "throttleBurst": 1.5}]}}""", "$.faults.rules[0].throttleBurst")]
    [InlineData("""{"faults": {"rules": [{"throttleBurst": 10}]}}""", "$.faults.rules[0].throttleBurst")]
    [InlineData("""{"manualClusterSnapshotQuota": -1}""", "$.manualClusterSnapshotQuota")]
    [InlineData("""{"kmsKeys": [{"keyId": "1234abcd-12ab-34cd-56ef-1234567890ab", "enabled": "no"}]}""", "$.kmsKeys[0].enabled")]
    [InlineData("""{"kmsKeys": [{"aliases": ["alias/x"]}]}""", "$.kmsKeys[0].keyId")]
    [InlineData("""{"kmsKeys": [{"keyId": "not-a-uuid"}]}""", "$.kmsKeys[0].keyId")]
    [InlineData("""{"kmsKeys": [{"keyId": "1234abcd-12ab-34cd-56ef-1234567890ab", "aliases": ["mykey"]}]}""", "$.kmsKeys[0].aliases[0]")]
    [InlineData("""{"kmsKeys": [{"keyId": "1234abcd-12ab-34cd-56ef-1234567890ab", "aliases": ["alias/ok", "alias/aws/rds"]}]}""", "$.kmsKeys[0].aliases[1]")]
    [InlineData("""{"kmsKeys": [{"keyId": "1234abcd-12ab-34cd-56ef-1234567890ab", "alias": "alias/ok"}]}""", "$.kmsKeys[0].alias")]
    [InlineData("""[]""", "$")]
    [InlineData("""{"vpcs": [""", "$")]
    public void Parse_WhenTheFileIsWrong_ShouldThrowSeedFileExceptionNamingTheJsonPath(string json, string expectedPath)
    {
        var error = Assert.Throws<SeedFileException>(() => FleetSeedFile.Parse(json));

        Assert.Equal(expectedPath, error.JsonPath);
        Assert.StartsWith(expectedPath + ": ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenTheFileDoesNotExist_ShouldThrowSeedFileExceptionNamingTheFile()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-fleet-{Guid.NewGuid():N}.json");

        var error = Assert.Throws<SeedFileException>(() => FleetSeedFile.Load(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
