using System.Text.Json.Nodes;
using Amazon.Runtime;
using StorageOps.Local.Api;
using StorageOps.Local.Cli;
using StorageOps.Simulator;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Api;

/// <summary><c>storageops api</c> against the simulator on loopback, through our real clients.</summary>
public sealed class ApiCommandTests : IAsyncLifetime
{
    private readonly AwsSimulator simulator = new(new SimulatorOptions());
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public Task InitializeAsync() => simulator.StartAsync();

    public async Task DisposeAsync() => await simulator.DisposeAsync();

    private Task<int> RunAsync(params string[] args) =>
        ApiCommand.RunAsync(
            CommandArguments.Parse(["api", .. args, "--endpoint", simulator.Endpoint.ToString(), "--region", "eu-west-1"]),
            output,
            error,
            CancellationToken.None,
            new BasicAWSCredentials("local", "local"));

    [Fact]
    public async Task RunAsync_WhenEfsOperationSucceeds_ShouldPrintTheResponseWithModelMemberNames()
    {
        var exitCode = await RunAsync("efs", "CreateFileSystem", """{"CreationToken":"api-1","ThroughputMode":"elastic","Tags":[{"Key":"Name","Value":"shared"}]}""");

        Assert.True(exitCode == 0, error.ToString());
        var response = JsonNode.Parse(output.ToString())!;
        Assert.Equal("api-1", (string?)response["CreationToken"]);
        Assert.Equal("creating", (string?)response["LifeCycleState"]);
        Assert.Equal("elastic", (string?)response["ThroughputMode"]);
        Assert.StartsWith("arn:aws:elasticfilesystem:eu-west-1:", (string?)response["FileSystemArn"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenServiceReturnsAnError_ShouldPrintCodeAndMessageAndExitOne()
    {
        await RunAsync("efs", "CreateFileSystem", """{"CreationToken":"api-dup"}""");

        var exitCode = await RunAsync("efs", "CreateFileSystem", """{"CreationToken":"api-dup"}""");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("FileSystemAlreadyExists (HTTP 409):", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenInputBreaksAConstraint_ShouldSendNothingAndExitOne()
    {
        var exitCode = await RunAsync("efs", "CreateFileSystem", $$"""{"CreationToken":"{{new string('t', 65)}}"}""");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("ValidationError: CreationToken:", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(simulator.Efs.PeekFileSystems(new StorageOps.Simulator.Accounts.AccountRegion("123456789012", "eu-west-1")));
    }

    [Fact]
    public async Task RunAsync_WhenServiceUsesLowerCamelMembers_ShouldReadAndWriteThem()
    {
        var exitCode = await RunAsync("docdb-elastic", "ListClusters", """{"maxResults":20}""");

        Assert.True(exitCode == 0, error.ToString());
        var clusters = JsonNode.Parse(output.ToString())!["clusters"]!.AsArray();
        Assert.NotEmpty(clusters);
        Assert.StartsWith("arn:aws:docdb-elastic:eu-west-1:", (string?)clusters[0]!["clusterArn"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "s3", "ListBuckets" }, "Unknown service 's3'; expected one of efs, rds, docdb-elastic, sfn.")]
    [InlineData(new[] { "efs", "DescribeFileSystem" }, "efs has no operation 'DescribeFileSystem'; it has CreateFileSystem,")]
    [InlineData(new[] { "efs", "CreateFileSystem", "{nope" }, "The input is not a valid CreateFileSystemRequest:")]
    [InlineData(new[] { "efs" }, "'api' takes a service, an operation and optionally its JSON input")]
    public async Task RunAsync_WhenCommandLineIsWrong_ShouldThrowUsageWithTheReason(string[] args, string expected)
    {
        var usage = await Assert.ThrowsAsync<UsageException>(() => RunAsync(args));

        Assert.StartsWith(expected, usage.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Storageops_WhenRunAsAProgram_ShouldUseTheDefaultCredentialChain()
    {
        var program = Path.Combine(AppContext.BaseDirectory, "storageops.dll");

        var result = await ExternalProcess.RunAsync(
            "dotnet",
            [program, "api", "efs", "DescribeFileSystems", "{}", "--endpoint", simulator.Endpoint.ToString(), "--region", "eu-west-1"],
            environment: new Dictionary<string, string> { ["AWS_ACCESS_KEY_ID"] = "AKIDFROMENV", ["AWS_SECRET_ACCESS_KEY"] = "secret" });

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Equal("[]", JsonNode.Parse(result.StandardOutput)!["FileSystems"]!.ToJsonString());
    }
}
