using System.Text.Json.Nodes;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Tests.TestSupport;
using StorageOps.Testing;

namespace StorageOps.Simulator.Tests.Efs.Wire;

/// <summary>Every EFS command beyond create/describe file systems, run by the aws CLI (v1) with --endpoint-url.</summary>
public sealed class AwsCliEfsScenarioTests : IAsyncLifetime
{
    private const string CliRegion = "ap-southeast-2";

    private readonly ManualTimeProvider clock = new();
    private AwsSimulator simulator = null!;

    private AccountRegion Scope => simulator.Efs.DefaultScope with { Region = CliRegion };

    public async Task InitializeAsync()
    {
        simulator = new AwsSimulator(new SimulatorOptions { TimeProvider = clock });
        await simulator.StartAsync();
    }

    public async Task DisposeAsync() => await simulator.DisposeAsync();

    [Fact]
    public async Task MountTargetCommands_WhenRunByAwsCli_ShouldCreateDescribeModifyAndDelete()
    {
        var fileSystemId = CreateAvailableFileSystem("cli-mounts");
        var vpc = simulator.Efs.Network.VpcsIn(Scope).Single();
        var group = vpc.SecurityGroups.Single().GroupId;

        var created = await RunAwsAsync("efs", "create-mount-target", "--file-system-id", fileSystemId, "--subnet-id", vpc.Subnets[2].SubnetId, "--security-groups", group);
        var mountTargetId = created["MountTargetId"]!.GetValue<string>();
        clock.Advance(TimeSpan.FromMinutes(2));
        var described = await RunAwsAsync("efs", "describe-mount-targets", "--file-system-id", fileSystemId);
        await RunAwsAsync("efs", "modify-mount-target-security-groups", "--mount-target-id", mountTargetId, "--security-groups", group);
        var groups = await RunAwsAsync("efs", "describe-mount-target-security-groups", "--mount-target-id", mountTargetId);
        await RunAwsAsync("efs", "delete-mount-target", "--mount-target-id", mountTargetId);

        Assert.Equal("ap-southeast-2c", created["AvailabilityZoneName"]!.GetValue<string>());
        Assert.Equal("available", Assert.Single(described["MountTargets"]!.AsArray())!["LifeCycleState"]!.GetValue<string>());
        Assert.Equal(group, Assert.Single(groups["SecurityGroups"]!.AsArray())!.GetValue<string>());
        Assert.Equal("deleting", simulator.Efs.DescribeMountTargets(Scope, new DescribeMountTargetsRequest { MountTargetId = mountTargetId }).MountTargets.Single().LifeCycleState);
    }

    [Fact]
    public async Task CreateMountTarget_WhenSubnetUnknownInAwsCli_ShouldPrintSubnetNotFound()
    {
        var fileSystemId = CreateAvailableFileSystem("cli-no-subnet");

        var result = await RunAwsRawAsync("efs", "create-mount-target", "--file-system-id", fileSystemId, "--subnet-id", "subnet-0123456789abcdef0");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("(SubnetNotFound)", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TagCommands_WhenRunByAwsCli_ShouldAgreeAcrossLegacyAndResourceCommands()
    {
        var fileSystemId = CreateAvailableFileSystem("cli-tags");

        await RunAwsAsync("efs", "create-tags", "--file-system-id", fileSystemId, "--tags", "Key=a,Value=1", "Key=b,Value=2");
        await RunAwsAsync("efs", "tag-resource", "--resource-id", fileSystemId, "--tags", "Key=c,Value=3");
        await RunAwsAsync("efs", "delete-tags", "--file-system-id", fileSystemId, "--tag-keys", "a");
        await RunAwsAsync("efs", "untag-resource", "--resource-id", fileSystemId, "--tag-keys", "b");
        var described = await RunAwsAsync("efs", "describe-tags", "--file-system-id", fileSystemId);
        var listed = await RunAwsAsync("efs", "list-tags-for-resource", "--resource-id", fileSystemId);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"Key":"c","Value":"3"}]"""), described["Tags"]), described.ToJsonString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"Key":"c","Value":"3"}]"""), listed["Tags"]), listed.ToJsonString());
    }

    [Fact]
    public async Task FileSystemCommands_WhenRunByAwsCli_ShouldUpdateProtectAndDelete()
    {
        var fileSystemId = CreateAvailableFileSystem("cli-update");

        var updated = await RunAwsAsync("efs", "update-file-system", "--file-system-id", fileSystemId, "--throughput-mode", "provisioned", "--provisioned-throughput-in-mibps", "64");
        var throttled = await RunAwsRawAsync("efs", "update-file-system", "--file-system-id", fileSystemId, "--throughput-mode", "elastic");
        var protection = await RunAwsAsync("efs", "update-file-system-protection", "--file-system-id", fileSystemId, "--replication-overwrite-protection", "DISABLED");
        var deleted = await RunAwsRawAsync("efs", "delete-file-system", "--file-system-id", fileSystemId);

        Assert.Equal(64, updated["ProvisionedThroughputInMibps"]!.GetValue<double>());
        Assert.Contains("(TooManyRequests)", throttled.StandardError, StringComparison.Ordinal);
        Assert.Equal("DISABLED", protection["ReplicationOverwriteProtection"]!.GetValue<string>());
        Assert.True(deleted.ExitCode == 0, deleted.Describe());
        Assert.Equal("deleting", simulator.Efs.PeekFileSystems(Scope).Single().LifeCycleState);
    }

    [Fact]
    public async Task ReplicationCommands_WhenRunByAwsCli_ShouldCreateDescribeAndDelete()
    {
        var fileSystemId = CreateAvailableFileSystem("cli-replication");

        var created = await RunAwsAsync("efs", "create-replication-configuration", "--source-file-system-id", fileSystemId, "--destinations", "Region=us-west-1");
        clock.Advance(TimeSpan.FromMinutes(5));
        var described = await RunAwsAsync("efs", "describe-replication-configurations", "--file-system-id", fileSystemId);
        var deleted = await RunAwsRawAsync("efs", "delete-replication-configuration", "--source-file-system-id", fileSystemId, "--deletion-mode", "ALL_CONFIGURATIONS");
        var missing = await RunAwsRawAsync("efs", "describe-replication-configurations", "--file-system-id", CreateAvailableFileSystem("cli-lonely"));

        Assert.Equal("ENABLING", created["Destinations"]![0]!["Status"]!.GetValue<string>());
        var destination = described["Replications"]![0]!["Destinations"]![0]!;
        Assert.Equal("ENABLED", destination["Status"]!.GetValue<string>());
        Assert.Equal("us-west-1", destination["Region"]!.GetValue<string>());
        Assert.NotNull(destination["LastReplicatedTimestamp"]);
        Assert.True(deleted.ExitCode == 0, deleted.Describe());
        Assert.Contains("(ReplicationNotFound)", missing.StandardError, StringComparison.Ordinal);
    }

    private string CreateAvailableFileSystem(string token)
    {
        var created = simulator.Efs.CreateFileSystem(Scope, new CreateFileSystemRequest { CreationToken = token });
        clock.Advance(TimeSpan.FromMinutes(1));
        return created.FileSystemId;
    }

    private async Task<JsonObject> RunAwsAsync(params string[] arguments)
    {
        var result = await RunAwsRawAsync(arguments);
        Assert.True(result.ExitCode == 0, result.Describe());
        return string.IsNullOrWhiteSpace(result.StandardOutput) ? [] : JsonNode.Parse(result.StandardOutput)!.AsObject();
    }

    private Task<ExternalProcess.Result> RunAwsRawAsync(params string[] arguments) => ExternalProcess.RunAsync(
        "aws",
        ["--endpoint-url", simulator.Endpoint.ToString().TrimEnd('/'), "--output", "json", .. arguments],
        environment: new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIDCLI",
            ["AWS_SECRET_ACCESS_KEY"] = "cli-secret",
            ["AWS_DEFAULT_REGION"] = CliRegion,
            ["AWS_REGION"] = CliRegion,
            ["AWS_CONFIG_FILE"] = "/dev/null",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null",
            ["AWS_PAGER"] = string.Empty,
        });
}
