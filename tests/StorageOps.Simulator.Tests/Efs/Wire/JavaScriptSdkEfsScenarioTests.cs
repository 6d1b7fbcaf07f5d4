using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Fleet;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Testing;

namespace StorageOps.Simulator.Tests.Efs.Wire;

/// <summary>
/// Complete EFS scenarios driven by the official AWS SDK for JavaScript v3 (tests/conformance/simulator-efs-scenarios.mjs):
/// provision, tag, replicate across regions, tear down, every modelled error and every paginator.
/// </summary>
public sealed class JavaScriptSdkEfsScenarioTests : IAsyncLifetime
{
    private const string AccountId = "210987654321";
    private const string Region = "eu-central-1";
    private const string DestinationRegion = "eu-west-3";

    private static readonly VpcSeed TinyVpc = new()
    {
        VpcId = "vpc-0tiny000000000000",
        Region = Region,
        CidrBlock = "10.20.0.0/16",
        Subnets = [new SubnetSeed("subnet-0tiny000000000000", "eu-central-1a", "10.20.0.0/28")],
        SecurityGroups = [new SecurityGroupSeed("sg-0tiny000000000000", "tiny")],
    };

    // Describe-counted transitions make every polling loop converge without waiting on a clock.
    private readonly AwsSimulator simulator = new(new SimulatorOptions
    {
        AccountId = AccountId,
        DefaultRegion = "us-east-1",
        FileSystemCreation = LifecycleTransition.AfterDescribes(2),
        FileSystemDeletion = LifecycleTransition.AfterDescribes(2),
        MountTargetCreation = LifecycleTransition.AfterDescribes(2),
        MountTargetDeletion = LifecycleTransition.AfterDescribes(2),
        ReplicationEnabling = LifecycleTransition.AfterDescribes(3),
        ReplicationDeletion = LifecycleTransition.AfterDescribes(2),
        Fleet = new FleetSeed { Vpcs = [TinyVpc] },
    });

    private JsonObject report = null!;

    private JsonNode Errors => report["errors"]!;

    public async Task InitializeAsync()
    {
        await simulator.StartAsync();
        var defaultVpc = simulator.Efs.Network.VpcsIn(new AccountRegion(AccountId, Region)).Single(vpc => vpc.IsDefault);
        var input = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["endpoint"] = simulator.Endpoint.ToString().TrimEnd('/'),
            ["region"] = Region,
            ["destinationRegion"] = DestinationRegion,
            ["accessKeyId"] = "AKIDSCENARIOS",
            ["secretAccessKey"] = "scenario-secret",
            ["subnets"] = defaultVpc.Subnets.Select(subnet => subnet.SubnetId).ToArray(),
            ["securityGroup"] = defaultVpc.SecurityGroups.Single().GroupId,
            ["tinySubnet"] = TinyVpc.Subnets.Single().SubnetId,
            ["tinySubnetSecurityGroup"] = TinyVpc.SecurityGroups.Single().GroupId,
        });
        var output = await ExternalProcess.RunNodeScriptAsync("simulator-efs-scenarios.mjs", input);
        report = JsonNode.Parse(output)!.AsObject();
    }

    public async Task DisposeAsync() => await simulator.DisposeAsync();

    [Fact]
    public void Provisioning_WhenPolled_ShouldSeeFileSystemCreatingThenAvailable()
    {
        Assert.Equal("creating", report["createFileSystem"]!["state"]!.GetValue<string>());
        AssertPolled(report["fileSystemAvailable"]!, ["creating", "available"]);
    }

    [Fact]
    public void MountTargets_WhenCreatedInThreeZones_ShouldBeDescribedInEachZoneAndBecomeAvailable()
    {
        var mountTargets = report["mountTargets"]!.AsArray();

        Assert.Equal(["eu-central-1a", "eu-central-1b", "eu-central-1c"], mountTargets.Select(mountTarget => mountTarget!["AvailabilityZoneName"]!.GetValue<string>()));
        Assert.Equal(["euc1-az1", "euc1-az2", "euc1-az3"], mountTargets.Select(mountTarget => mountTarget!["AvailabilityZoneId"]!.GetValue<string>()));
        Assert.Equal(["172.31.0.4", "172.31.16.4", "172.31.32.4"], mountTargets.Select(mountTarget => mountTarget!["IpAddress"]!.GetValue<string>()));
        Assert.All(mountTargets, mountTarget =>
        {
            Assert.Matches("^fsmt-[0-9a-f]{17}$", mountTarget!["MountTargetId"]!.GetValue<string>());
            Assert.Matches("^eni-[0-9a-f]{17}$", mountTarget["NetworkInterfaceId"]!.GetValue<string>());
            Assert.Equal(AccountId, mountTarget["OwnerId"]!.GetValue<string>());
            Assert.Equal("creating", mountTarget["LifeCycleState"]!.GetValue<string>());
        });
        var polled = report["mountTargetsAvailable"]!;
        Assert.True(polled["converged"]!.GetValue<bool>());
        Assert.True(polled["observed"]!.AsArray().Count > 1);
        Assert.Equal(3, report["numberOfMountTargets"]!.GetValue<int>());
        Assert.Equal([mountTargets[1]!["MountTargetId"]!.GetValue<string>()], Strings(report["describeByMountTargetId"]!));
        Assert.Single(report["securityGroups"]!.AsArray());
    }

    [Fact]
    public void DescribeMountTargetsPaginator_WhenPageSizeTwo_ShouldVisitEveryMountTargetOnce()
    {
        var ids = report["mountTargets"]!.AsArray().Select(mountTarget => mountTarget!["MountTargetId"]!.GetValue<string>());
        var pages = report["mountTargetPages"]!.AsArray();

        Assert.Equal([2, 1], pages.Select(page => page!.AsArray().Count));
        Assert.Equal(ids, pages.SelectMany(page => Strings(page!)));
    }

    [Fact]
    public void Tags_WhenChangedByLegacyAndResourceOperations_ShouldEndWithTheSameTagsInBothViews()
    {
        var expected = JsonNode.Parse("""[{"Key":"Name","Value":"scenario"},{"Key":"team","Value":"storage"}]""");

        Assert.True(JsonNode.DeepEquals(expected, report["tags"]), report["tags"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(expected, report["describeTags"]), report["describeTags"]!.ToJsonString());
        Assert.Equal([["Name"], ["team"]], report["tagPages"]!.AsArray().Select(page => Strings(page!)));
        Assert.Equal([["Name", "team"]], report["describeTagPages"]!.AsArray().Select(page => Strings(page!)));
    }

    [Fact]
    public void UpdateFileSystem_WhenSwitchedToProvisioned_ShouldAnswer202WithTheNewThroughput()
    {
        var update = report["updateFileSystem"]!;

        Assert.Equal(202, update["httpStatusCode"]!.GetValue<int>());
        Assert.Equal("provisioned", update["ThroughputMode"]!.GetValue<string>());
        Assert.Equal(128, update["ProvisionedThroughputInMibps"]!.GetValue<double>());
    }

    [Fact]
    public void Replication_WhenCreatedToAnotherRegion_ShouldCreateTheDestinationThereAndBecomeEnabled()
    {
        var created = report["createReplication"]!;
        var destination = created["Destination"]!;
        var sourceId = report["createFileSystem"]!["fileSystemId"]!.GetValue<string>();

        Assert.Equal(sourceId, created["SourceFileSystemId"]!.GetValue<string>());
        Assert.Equal(Region, created["SourceFileSystemRegion"]!.GetValue<string>());
        Assert.Equal($"arn:aws:elasticfilesystem:{Region}:{AccountId}:file-system/{sourceId}", created["SourceFileSystemArn"]!.GetValue<string>());
        Assert.Equal(created["SourceFileSystemArn"]!.GetValue<string>(), created["OriginalSourceFileSystemArn"]!.GetValue<string>());
        Assert.True(created["CreationTimeIsDate"]!.GetValue<bool>());
        Assert.Equal("ENABLING", destination["Status"]!.GetValue<string>());
        Assert.Equal(DestinationRegion, destination["Region"]!.GetValue<string>());
        AssertPolled(report["replicationEnabled"]!, ["ENABLING", "ENABLING", "ENABLED"]);
        var timestamps = report["lastReplicatedTimestamps"]!.AsArray().Select(node => node!.GetValue<long>()).ToList();
        Assert.True(timestamps[1] >= timestamps[0]);
        Assert.StartsWith($"arn:aws:elasticfilesystem:{DestinationRegion}:{AccountId}:file-system/", report["destinationFileSystem"]!["FileSystemArn"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("REPLICATING", report["destinationFileSystem"]!["ReplicationOverwriteProtection"]!.GetValue<string>());
        Assert.Equal([sourceId], Strings(report["destinationRegionReplications"]!));
    }

    [Fact]
    public void Replication_WhenExistingDestinationHasProtectionDisabled_ShouldReplicateIntoIt()
    {
        Assert.Equal("DISABLED", report["updateProtection"]!.GetValue<string>());
        Assert.Matches("^fs-[0-9a-f]{17}$", report["existingDestination"]!.GetValue<string>());
    }

    [Fact]
    public void DescribeReplicationConfigurationsPaginator_WhenPageSizeOne_ShouldVisitTheConfiguration()
    {
        var sourceId = report["createFileSystem"]!["fileSystemId"]!.GetValue<string>();

        Assert.Equal([[sourceId]], report["replicationPages"]!.AsArray().Select(page => Strings(page!)));
    }

    [Fact]
    public void Teardown_WhenPolled_ShouldSeeReplicationMountTargetsAndFileSystemGo()
    {
        var replicationGone = report["replicationGone"]!;
        Assert.Equal("DELETING", replicationGone["observed"]![0]!.GetValue<string>());
        Assert.Equal("ReplicationNotFound", replicationGone["observed"]!.AsArray()[^1]!.GetValue<string>());
        Assert.Equal("ENABLED", report["destinationProtectionAfterDelete"]!.GetValue<string>());
        var mountTargetsGone = report["mountTargetsGone"]!;
        Assert.True(mountTargetsGone["converged"]!.GetValue<bool>());
        Assert.Equal(["deleting", "deleting", "deleting"], Strings(mountTargetsGone["observed"]![0]!));
        AssertPolled(report["fileSystemGone"]!, ["deleting", "FileSystemNotFound"]);
    }

    [Theory]
    [InlineData("incorrectFileSystemLifeCycleState", "IncorrectFileSystemLifeCycleState", 409)]
    [InlineData("incorrectMountTargetState", "IncorrectMountTargetState", 409)]
    [InlineData("mountTargetConflict", "MountTargetConflict", 409)]
    [InlineData("securityGroupLimitExceeded", "SecurityGroupLimitExceeded", 400)]
    [InlineData("securityGroupNotFound", "SecurityGroupNotFound", 400)]
    [InlineData("subnetNotFound", "SubnetNotFound", 400)]
    [InlineData("mountTargetNotFound", "MountTargetNotFound", 404)]
    [InlineData("accessPointNotFound", "AccessPointNotFound", 404)]
    [InlineData("fileSystemInUse", "FileSystemInUse", 409)]
    [InlineData("fileSystemNotFound", "FileSystemNotFound", 404)]
    [InlineData("ipAddressInUse", "IpAddressInUse", 409)]
    [InlineData("ipAddressOutsideSubnet", "BadRequest", 400)]
    [InlineData("noFreeAddressesInSubnet", "NoFreeAddressesInSubnet", 409)]
    [InlineData("tagLimit", "BadRequest", 400)]
    [InlineData("tooManyRequests", "TooManyRequests", 429)]
    [InlineData("replicationNotFound", "ReplicationNotFound", 404)]
    [InlineData("replicationValidation", "ValidationException", 400)]
    [InlineData("destinationIsNeverSource", "ValidationException", 400)]
    [InlineData("replicationConflict", "ConflictException", 409)]
    [InlineData("replicationAlreadyExists", "ReplicationAlreadyExists", 409)]
    public void Errors_WhenProvoked_ShouldReachTheSdkAsTheModelledException(string scenario, string expectedName, int expectedStatus)
    {
        var error = Errors[scenario]!;

        Assert.True(error["thrown"]!.GetValue<bool>(), $"{scenario} did not fail");
        Assert.Equal(expectedName, error["name"]!.GetValue<string>());
        Assert.Equal(expectedName, error["errorCode"]!.GetValue<string>());
        Assert.Equal(expectedStatus, error["httpStatusCode"]!.GetValue<int>());
        Assert.Equal(expectedStatus >= 500 ? "server" : "client", error["fault"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()));
    }

    private static void AssertPolled(JsonNode polled, string[] expected)
    {
        Assert.True(polled["converged"]!.GetValue<bool>());
        Assert.Equal(expected, Strings(polled["observed"]!));
    }

    private static List<string> Strings(JsonNode array) => [.. array.AsArray().Select(node => node!.GetValue<string>())];
}
