using System.Text.Json.Nodes;
using StorageOps.Local.Cli;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Cli;

/// <summary><c>--output json</c>: standard output is exactly one JSON document, whatever the command and its outcome.</summary>
public sealed class OutputJsonTests : IDisposable
{
    private static readonly string Template = RepositoryPaths.Combine("template.yaml");
    private readonly string directory = Directory.CreateTempSubdirectory("storageops-json-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private async Task<(int ExitCode, JsonNode Document)> RunAsync(params string[] args)
    {
        string[] session = args[0] is "run" or "send" or "executions" ? ["--session", Path.Combine(directory, "session")] : [];
        var exitCode = await StorageOpsCommandLine.RunAsync([.. args, "--output", "json", .. session], output, error, CancellationToken.None);
        return (exitCode, JsonNode.Parse(output.ToString())!);
    }

    [Fact]
    public async Task Run_WhenTheExecutionSucceeds_ShouldPrintOnlyItsSummaryWithItsOutput()
    {
        var (exitCode, document) = await RunAsync("run", "provision-file-system", "--input", RepositoryPaths.Combine("events", "provision-file-system.json"), "--template", Template, "--report", Path.Combine(directory, "reports"));

        Assert.True(exitCode == 0, error.ToString());
        Assert.Equal(("provision-file-system", "SUCCEEDED", "available"), ((string?)document["stateMachine"], (string?)document["status"], (string?)document["output"]!["lifeCycleState"]));
        Assert.StartsWith("arn:aws:states:", (string?)document["executionArn"], StringComparison.Ordinal);
        Assert.True(File.Exists((string?)document["report"]));
        Assert.True((int?)document["awsRequests"] > 0);
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public async Task Run_WhenTheExecutionFails_ShouldPrintTheFailedSummaryAndOneLineOnStandardError()
    {
        var input = Path.Combine(directory, "bad.json");
        await File.WriteAllTextAsync(input, """{"requestId":"json-bad-1","tags":{"a":null}}""");

        var (exitCode, document) = await RunAsync("run", "provision-file-system", "--input", input, "--template", Template);

        Assert.Equal(ExitCodes.WorkflowFailed, exitCode);
        Assert.Equal(("FAILED", "StorageOps.ValidationError"), ((string?)document["status"], (string?)document["error"]));
        Assert.Single(error.ToString().TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Validate_WhenTheTemplateIsValid_ShouldPrintItsCountsAndNoProblems()
    {
        var (exitCode, document) = await RunAsync("validate", "--template", Template);

        Assert.Equal(0, exitCode);
        Assert.Equal(true, (bool?)document["valid"]);
        Assert.Empty(document["problems"]!.AsArray());
        Assert.Contains("nightly-snapshots", document["schedules"]!.AsArray().Select(name => (string?)name));
    }

    [Fact]
    public async Task AslValidate_WhenTheDefinitionHasProblems_ShouldListThemInTheDocumentAndExitThree()
    {
        var definition = Path.Combine(directory, "broken.asl.json");
        await File.WriteAllTextAsync(definition, """{"StartAt":"Missing","States":{"P":{"Type":"Pass","End":true}}}""");

        var (exitCode, document) = await RunAsync("asl", "validate", definition);

        Assert.Equal(ExitCodes.Validation, exitCode);
        Assert.Equal(false, (bool?)document["valid"]);
        Assert.NotEmpty(document["problems"]!.AsArray());
    }

    [Fact]
    public async Task AslRun_WhenTheDefinitionSucceeds_ShouldPrintTheExecutionWithItsHistoryInOneDocument()
    {
        var definition = Path.Combine(directory, "pass.asl.json");
        await File.WriteAllTextAsync(definition, """{"StartAt":"P","States":{"P":{"Type":"Pass","Result":{"ok":true},"End":true}}}""");

        var (exitCode, document) = await RunAsync("asl", "run", definition, "--history");

        Assert.Equal(0, exitCode);
        Assert.Equal(("pass.asl", "SUCCEEDED", true), ((string?)document["stateMachine"], (string?)document["status"], (bool?)document["output"]!["ok"]));
        Assert.Equal("ExecutionSucceeded", (string?)document["history"]!["events"]!.AsArray()[^1]!["type"]);
    }

    [Fact]
    public async Task Graph_WhenDrawingToStandardOutput_ShouldWrapTheDrawingInTheDocument()
    {
        var (exitCode, document) = await RunAsync("graph", "provision-file-system", "--template", Template);

        Assert.Equal(0, exitCode);
        Assert.Equal("svg", (string?)document["format"]);
        Assert.StartsWith("<svg", ((string?)document["drawing"])?.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Executions_WhenTheSessionIsEmpty_ShouldPrintAnEmptyList()
    {
        var (exitCode, document) = await RunAsync("executions");

        Assert.Equal(0, exitCode);
        Assert.Empty(document["executions"]!.AsArray());
        Assert.Equal(Path.Combine(directory, "session"), (string?)document["session"]);
    }

    [Fact]
    public async Task Send_WhenTheMessageRunsItsWorkflow_ShouldPrintEveryMessageAndTheLastResult()
    {
        var (exitCode, document) = await RunAsync("send", "requests", RepositoryPaths.Combine("events", "requests", "provision-file-system.json"), "--template", Template);

        Assert.True(exitCode == 0, error.ToString());
        var message = Assert.Single(document["messages"]!.AsArray())!;
        Assert.Equal("SUCCEEDED", (string?)message["execution"]!["status"]);
        Assert.Equal("available", (string?)document["result"]!["lifeCycleState"]);
    }
}
