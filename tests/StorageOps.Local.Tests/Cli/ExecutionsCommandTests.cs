using System.Text.Json.Nodes;
using Amazon.Runtime;
using StorageOps.Aws;
using StorageOps.Aws.StepFunctions;
using StorageOps.Local.Cli;
using StorageOps.Local.Runner;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Cli;

/// <summary>What ran, listed and shown again: from the session the commands recorded it in, and from a running simulator.</summary>
public sealed class ExecutionsCommandTests : IDisposable
{
    private static readonly string Template = RepositoryPaths.Combine("template.yaml");
    private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "storageops.dll");
    private readonly string directory = Directory.CreateTempSubdirectory("storageops-executions-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    private string Session => Path.Combine(directory, "session");

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private async Task<int> RunAsync(params string[] args)
    {
        output.GetStringBuilder().Clear();
        error.GetStringBuilder().Clear();
        return await StorageOpsCommandLine.RunAsync([.. args, "--session", Session], output, error, CancellationToken.None);
    }

    private async Task RunTwoExecutionsAsync()
    {
        var failing = Path.Combine(directory, "failing.json");
        await File.WriteAllTextAsync(failing, """{"requestId":"sessions-bad-1","tags":{"a":null}}""");
        Assert.Equal(0, await RunAsync("run", "provision-file-system", "--input", RepositoryPaths.Combine("events", "provision-file-system.json"), "--template", Template));
        Assert.Equal(ExitCodes.WorkflowFailed, await RunAsync("run", "provision-file-system", "--input", failing, "--template", Template));
    }

    [Fact]
    public async Task Executions_WhenRunsWereRecorded_ShouldListEachWithItsStateMachineAndStatus()
    {
        await RunTwoExecutionsAsync();

        Assert.Equal(0, await RunAsync("executions"));

        var lines = output.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.StartsWith("NAME", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^req-2026-11-22-analytics-shared\s+provision-file-system\s+SUCCEEDED\s+2026-01-01T00:00:00Z\s+00:03:45$", lines[1]);
        Assert.Matches(@"^sessions-bad-1\s+provision-file-system\s+FAILED\s", lines[2]);
        Assert.Equal($"2 execution(s) in the session at {Session}.", lines[3]);
    }

    [Theory]
    [InlineData(new[] { "--status", "FAILED" }, new[] { "sessions-bad-1" })]
    [InlineData(new[] { "--status", "succeeded" }, new[] { "req-2026-11-22-analytics-shared" })]
    [InlineData(new[] { "--state-machine", "provision-file-system" }, new[] { "req-2026-11-22-analytics-shared", "sessions-bad-1" })]
    [InlineData(new[] { "--state-machine", "teardown-file-system" }, new string[0])]
    [InlineData(new[] { "--state-machine", "provision-file-system", "--status", "TIMED_OUT" }, new string[0])]
    public async Task Executions_WhenFiltered_ShouldListOnlyTheMatchingOnes(string[] filters, string[] expected)
    {
        await RunTwoExecutionsAsync();

        Assert.Equal(0, await RunAsync(["executions", .. filters, "--output", "json"]));

        var names = JsonNode.Parse(output.ToString())!["executions"]!.AsArray().Select(execution => (string?)execution!["name"]);
        Assert.Equal(expected, names);
    }

    [Fact]
    public async Task Executions_WhenTheStatusIsNotOne_ShouldExitTwoNamingTheStatuses()
    {
        Assert.Equal(ExitCodes.Usage, await RunAsync("executions", "--status", "BROKEN"));

        Assert.Equal("storageops: --status 'BROKEN' is not an execution status; use one of RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE. Run 'storageops help' for usage.", error.ToString().TrimEnd());
    }

    [Fact]
    public async Task Execution_WhenItFailed_ShouldShowItsInputErrorAndCauseAndWithHistoryItsEvents()
    {
        await RunTwoExecutionsAsync();

        Assert.Equal(0, await RunAsync("execution", "sessions-bad-1", "--history"));

        var text = output.ToString();
        Assert.StartsWith("sessions-bad-1: provision-file-system FAILED", text, StringComparison.Ordinal);
        Assert.Contains("""  input    {"requestId":"sessions-bad-1","tags":{"a":null}}""", text, StringComparison.Ordinal);
        Assert.Contains("  error    StorageOps.ValidationError", text, StringComparison.Ordinal);
        Assert.Contains("  ran by   storageops run", text, StringComparison.Ordinal);
        Assert.Contains("\"ExecutionFailed\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execution_WhenAskedForItsReport_ShouldWriteThePageRecordedWithIt()
    {
        await RunTwoExecutionsAsync();
        var reports = Path.Combine(directory, "reports");

        Assert.Equal(0, await RunAsync("execution", "req-2026-11-22-analytics-shared", "--report", reports, "--output", "json"));

        var page = (string?)JsonNode.Parse(output.ToString())!["report"];
        Assert.Equal(Path.Combine(reports, "req-2026-11-22-analytics-shared.html"), page);
        Assert.Contains("provision-file-system", await File.ReadAllTextAsync(page!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execution_WhenANightRanADistributedMap_ShouldWriteItsChildExecutionsPagesWithItsReport()
    {
        Assert.Equal(0, await RunAsync("schedule", "nightly-snapshots", "--at", "2026-12-01T03:00:00Z", "--template", Template));
        Assert.Equal(0, await RunAsync("executions", "--state-machine", "nightly-snapshots", "--output", "json"));
        var name = (string?)Assert.Single(JsonNode.Parse(output.ToString())!["executions"]!.AsArray())!["name"];
        var reports = Path.Combine(directory, "reports");

        Assert.Equal(0, await RunAsync("execution", name!, "--report", reports));

        var children = Path.Combine(reports, name + ".children");
        Assert.True(File.Exists(Path.Combine(reports, name + ".html")));
        Assert.NotEmpty(Directory.GetFiles(children, "*.html", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Execution_WhenTheSessionDoesNotHaveIt_ShouldExitTwoWithAClearMessage()
    {
        Assert.Equal(ExitCodes.Usage, await RunAsync("execution", "no-such-run"));

        Assert.Equal($"storageops: No execution 'no-such-run' in the session at {Session} (0 there); 'storageops executions' lists them. Run 'storageops help' for usage.", error.ToString().TrimEnd());
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task Session_WhenNoOptionIsGiven_ShouldBeTheEnvironmentVariablesDirectory()
    {
        var fromEnvironment = await ExternalProcess.RunAsync(
            "dotnet",
            [Program, "executions", "--output", "json"],
            environment: new Dictionary<string, string> { ["STORAGEOPS_SESSION"] = Session },
            timeout: TimeSpan.FromSeconds(60));
        var fromDefault = await ExternalProcess.RunAsync("dotnet", [Program, "executions", "--output", "json"], workingDirectory: directory, timeout: TimeSpan.FromSeconds(60));

        Assert.Equal(Session, (string?)JsonNode.Parse(fromEnvironment.StandardOutput)!["session"]);
        Assert.Equal(Path.Combine(directory, ".storageops", "session"), (string?)JsonNode.Parse(fromDefault.StandardOutput)!["session"]);
    }

    [Fact]
    public async Task Executions_WhenGivenTheEndpointOfASimulator_ShouldListAndShowItsExecutionsThroughTheStepFunctionsApi()
    {
        await using var environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions { TemplatePath = Template });
        using var stepFunctions = new StepFunctionsClient(new AwsClientSettings
        {
            Region = "us-east-1",
            ServiceUrl = environment.Simulator.Endpoint.ToString(),
            Credentials = new BasicAWSCredentials("local", "local"),
        });
        var input = await File.ReadAllTextAsync(RepositoryPaths.Combine("events", "provision-file-system.json"));
        await stepFunctions.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = environment.Wiring.Workflow("provision-file-system").StateMachineArn, Name = "remote-1", Input = input });
        await environment.Simulator.StepFunctions.WhenRunsCompleteAsync();
        var credentials = new Dictionary<string, string> { ["AWS_ACCESS_KEY_ID"] = "local", ["AWS_SECRET_ACCESS_KEY"] = "local", ["AWS_EC2_METADATA_DISABLED"] = "true" };
        string[] remote = ["--endpoint", environment.Simulator.Endpoint.ToString(), "--region", "us-east-1", "--output", "json"];

        var listed = await ExternalProcess.RunAsync("dotnet", [Program, "executions", "--status", "SUCCEEDED", .. remote], environment: credentials, timeout: TimeSpan.FromSeconds(60));
        var shown = await ExternalProcess.RunAsync("dotnet", [Program, "execution", "remote-1", "--history", .. remote], environment: credentials, timeout: TimeSpan.FromSeconds(60));
        var missing = await ExternalProcess.RunAsync("dotnet", [Program, "execution", "remote-404", .. remote], environment: credentials, timeout: TimeSpan.FromSeconds(60));

        Assert.True(listed.ExitCode == 0, listed.Describe());
        var execution = Assert.Single(JsonNode.Parse(listed.StandardOutput)!["executions"]!.AsArray())!;
        Assert.Equal(("remote-1", "provision-file-system", "SUCCEEDED"), ((string?)execution["name"], (string?)execution["stateMachine"], (string?)execution["status"]));
        Assert.True(shown.ExitCode == 0, shown.Describe());
        var document = JsonNode.Parse(shown.StandardOutput)!;
        Assert.Equal("available", (string?)document["output"]!["lifeCycleState"]);
        Assert.Equal("req-2026-11-22-analytics-shared", (string?)document["input"]!["requestId"]);
        var events = document["history"]!["events"]!.AsArray();
        Assert.Equal("ExecutionStarted", (string?)events[0]!["type"]);
        Assert.Equal("ExecutionSucceeded", (string?)events[^1]!["type"]);
        Assert.Equal(ExitCodes.Usage, missing.ExitCode);
        Assert.StartsWith("storageops: No execution 'remote-404' in the simulator at", missing.StandardError, StringComparison.Ordinal);
    }
}
