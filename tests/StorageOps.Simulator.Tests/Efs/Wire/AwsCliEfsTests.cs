using System.Text.Json.Nodes;
using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Tests.TestSupport;
using StorageOps.Testing;

namespace StorageOps.Simulator.Tests.Efs.Wire;

/// <summary>The aws CLI (v1) pointed at the simulator with --endpoint-url, as a user exploring it would.</summary>
public sealed class AwsCliEfsTests : IAsyncLifetime
{
    private const string CliRegion = "ap-southeast-2";

    private readonly ManualTimeProvider clock = new();
    private AwsSimulator simulator = null!;

    public async Task InitializeAsync()
    {
        simulator = new AwsSimulator(new SimulatorOptions { TimeProvider = clock });
        await simulator.StartAsync();
    }

    public async Task DisposeAsync() => await simulator.DisposeAsync();

    [Fact]
    public async Task DescribeFileSystems_WhenRunByAwsCli_ShouldPrintEveryFileSystem()
    {
        var created = simulator.Efs.CreateFileSystem(
            simulator.Efs.DefaultScope with { Region = CliRegion },
            new CreateFileSystemRequest { CreationToken = "cli", Tags = [new EfsTag("Name", "from-cli")] });
        clock.Advance(TimeSpan.FromMinutes(1));

        var output = await RunAwsAsync("efs", "describe-file-systems");

        var fileSystem = Assert.Single(output["FileSystems"]!.AsArray())!;
        Assert.Equal(created.FileSystemId, fileSystem["FileSystemId"]!.GetValue<string>());
        Assert.Equal("from-cli", fileSystem["Name"]!.GetValue<string>());
        Assert.Equal("available", fileSystem["LifeCycleState"]!.GetValue<string>());
        Assert.Equal(created.FileSystemArn, fileSystem["FileSystemArn"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateFileSystem_WhenRunByAwsCli_ShouldCreateInTheCliRegion()
    {
        var output = await RunAwsAsync("efs", "create-file-system", "--creation-token", "from-cli", "--throughput-mode", "elastic");

        Assert.Equal("creating", output["LifeCycleState"]!.GetValue<string>());
        Assert.StartsWith($"arn:aws:elasticfilesystem:{CliRegion}:", output["FileSystemArn"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeFileSystems_WhenAwsCliAsksForUnknownId_ShouldFailWithFileSystemNotFound()
    {
        var result = await RunAwsRawAsync("efs", "describe-file-systems", "--file-system-id", "fs-0123456789abcdef0");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("(FileSystemNotFound)", result.StandardError, StringComparison.Ordinal);
    }

    private async Task<JsonObject> RunAwsAsync(params string[] arguments)
    {
        var result = await RunAwsRawAsync(arguments);
        Assert.True(result.ExitCode == 0, result.Describe());
        return JsonNode.Parse(result.StandardOutput)!.AsObject();
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
