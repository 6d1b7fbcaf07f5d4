using System.Text.Json.Nodes;
using Amazon.Runtime;
using StorageOps.Aws;
using StorageOps.Aws.Efs;
using StorageOps.Functions.Errors;
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

    public Task InitializeAsync() => simulator.StartAsync();

    public async Task DisposeAsync() => await simulator.DisposeAsync();

    private Task<int> RunAsync(params string[] args) =>
        ApiCommand.RunAsync(
            CommandInput.Parse(["api", .. args, "--endpoint", simulator.Endpoint.ToString(), "--region", "eu-west-1"]),
            output,
            CancellationToken.None,
            new BasicAWSCredentials("local", "local"));

    [Fact]
    public async Task RunAsync_WhenEfsOperationSucceeds_ShouldPrintTheResponseWithModelMemberNames()
    {
        var exitCode = await RunAsync("efs", "CreateFileSystem", """{"CreationToken":"api-1","ThroughputMode":"elastic","Tags":[{"Key":"Name","Value":"shared"}]}""");

        Assert.Equal(0, exitCode);
        var response = JsonNode.Parse(output.ToString())!;
        Assert.Equal("api-1", (string?)response["CreationToken"]);
        Assert.Equal("creating", (string?)response["LifeCycleState"]);
        Assert.Equal("elastic", (string?)response["ThroughputMode"]);
        Assert.StartsWith("arn:aws:elasticfilesystem:eu-west-1:", (string?)response["FileSystemArn"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenServiceReturnsAnError_ShouldThrowItForTheCommandLineToReport()
    {
        await RunAsync("efs", "CreateFileSystem", """{"CreationToken":"api-dup"}""");

        var failure = await Assert.ThrowsAsync<FileSystemAlreadyExistsException>(() => RunAsync("efs", "CreateFileSystem", """{"CreationToken":"api-dup"}"""));

        Assert.Equal("FileSystemAlreadyExists", failure.ErrorCode);
    }

    [Theory]
    [InlineData("efs", "CreateFileSystem", """{"CreationToken":"tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt"}""", "CreationToken")]
    [InlineData("rds", "CreateDBClusterSnapshot", """{"DBClusterIdentifier":"orders-aurora-pg","DBClusterSnapshotIdentifier":"1bad"}""", "DBClusterSnapshotIdentifier")]
    public async Task RunAsync_WhenInputBreaksAConstraint_ShouldThrowTheClientsValidationErrorAndSendNothing(string service, string operation, string input, string parameter)
    {
        var invalid = await Assert.ThrowsAsync<AwsRequestValidationException>(() => RunAsync(service, operation, input));

        Assert.Equal(parameter, invalid.ParamName);
        Assert.Equal(0, simulator.RequestLog.Count);
    }

    [Theory]
    [InlineData("{nope", "The input of CreateFileSystem is not valid JSON:")]
    [InlineData("""{"CreationToken":"a","CreationToken":"b"}""", "The input of CreateFileSystem is not valid JSON: The member 'CreationToken' appears twice")]
    [InlineData("""{"CreationToken":"\ud800"}""", "The input of CreateFileSystem is not valid JSON: A string at line 1 is not valid text")]
    [InlineData("[]", "The input of CreateFileSystem must be a JSON object, not an array.")]
    [InlineData("null", "The input of CreateFileSystem must be a JSON object, not null.")]
    [InlineData("\"hello\"", "The input of CreateFileSystem must be a JSON object, not a string.")]
    [InlineData("""{"CreationToken":"a","Nope":1}""", "The input is not a valid CreateFileSystemRequest: The JSON property 'Nope' could not be mapped")]
    [InlineData("""{"CreationToken":7}""", "The input is not a valid CreateFileSystemRequest: The JSON value could not be converted")]
    public async Task RunAsync_WhenRequestJsonIsMalformed_ShouldThrowANamedValidationErrorAndSendNothing(string input, string expected)
    {
        var invalid = await Assert.ThrowsAsync<InvalidInputException>(() => RunAsync("efs", "CreateFileSystem", input));

        Assert.StartsWith(expected, invalid.Message, StringComparison.Ordinal);
        Assert.Equal("StorageOps.ValidationError", invalid.ErrorType);
        Assert.Equal(0, simulator.RequestLog.Count);
    }

    [Fact]
    public async Task RunAsync_WhenServiceUsesLowerCamelMembers_ShouldReadAndWriteThem()
    {
        var exitCode = await RunAsync("docdb-elastic", "ListClusters", """{"maxResults":20}""");

        Assert.Equal(0, exitCode);
        var clusters = JsonNode.Parse(output.ToString())!["clusters"]!.AsArray();
        Assert.NotEmpty(clusters);
        Assert.StartsWith("arn:aws:docdb-elastic:eu-west-1:", (string?)clusters[0]!["clusterArn"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "s3", "ListBuckets" }, "Unknown service 's3'; expected one of efs, rds, docdb-elastic, sfn.")]
    [InlineData(new[] { "efs", "DescribeFileSystem" }, "efs has no operation 'DescribeFileSystem'; it has CreateFileSystem,")]
    [InlineData(new[] { "efs" }, "'api' takes a service, an operation and optionally its JSON input")]
    public async Task RunAsync_WhenCommandLineIsWrong_ShouldThrowUsageWithTheReason(string[] args, string expected)
    {
        var usage = await Assert.ThrowsAsync<UsageException>(() => RunAsync(args));

        Assert.StartsWith(expected, usage.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--endpoint", "http://127.0.0.1:4566" }, "--endpoint needs --region R too: it is the region requests are signed for.")]
    [InlineData(new[] { "--endpoint", "127.0.0.1:4566", "--region", "eu-west-1" }, "--endpoint '127.0.0.1:4566' is not an http:// or https:// URL.")]
    [InlineData(new[] { "--endpoint", "ftp://127.0.0.1", "--region", "eu-west-1" }, "--endpoint 'ftp://127.0.0.1' is not an http:// or https:// URL.")]
    public async Task RunAsync_WhenEndpointOptionsAreWrong_ShouldThrowUsageNamingTheProblem(string[] options, string expected)
    {
        var usage = await Assert.ThrowsAsync<UsageException>(() => ApiCommand.RunAsync(
            CommandInput.Parse(["api", "efs", "DescribeFileSystems", .. options]), output, CancellationToken.None));

        Assert.Equal(expected, usage.Message);
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
