using System.Text.Json.Nodes;
using StorageOps.Local.Cli;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Cli;

/// <summary><c>--report DIR</c> on every command that runs executions: one page per execution, named in the output.</summary>
public sealed class ReportOptionTests : IDisposable
{
    private static readonly string Template = RepositoryPaths.Combine("template.yaml");
    private readonly string directory = Directory.CreateTempSubdirectory("storageops-report-option-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    private string Reports => Path.Combine(directory, "reports");

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private Task<int> RunAsync(params string[] args) =>
        StorageOpsCommandLine.RunAsync([.. args, "--report", Reports, "--session", Path.Combine(directory, "session"), "--template", Template], output, error, CancellationToken.None);

    [Fact]
    public async Task Schedule_WhenTheNightRuns_ShouldWriteItsPageAndNameIt()
    {
        var exitCode = await RunAsync("schedule", "nightly-snapshots", "--at", "2026-12-01T03:00:00Z");

        Assert.True(exitCode == 0, output.ToString() + error);
        var page = Assert.Single(Directory.GetFiles(Reports, "*.html"));
        Assert.Contains($"Report: {page}", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("ProtectTargets", await File.ReadAllTextAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_WhenTheScheduleInvokesAFunction_ShouldExitTwoBeforeAnythingRuns()
    {
        var exitCode = await RunAsync("schedule", "replication-health");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.StartsWith("storageops: 'replication-health' invokes the function", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Reports));
    }

    [Fact]
    public async Task Send_WhenTheMessageStartsAnExecution_ShouldWriteThatExecutionsPage()
    {
        var exitCode = await RunAsync("send", "requests", RepositoryPaths.Combine("events", "requests", "provision-file-system.json"));

        Assert.True(exitCode == 0, output.ToString() + error);
        var page = Assert.Single(Directory.GetFiles(Reports, "*.html"));
        Assert.EndsWith("req-2026-12-01-analytics.html", page, StringComparison.Ordinal);
        Assert.Contains($"Report: {page}", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_WhenEveryStepSucceeds_ShouldWriteAPagePerExecutionAndListThemInTheJsonDocument()
    {
        var exitCode = await RunAsync("demo", "--output", "json");

        Assert.True(exitCode == 0, output.ToString() + error);
        var executions = JsonNode.Parse(output.ToString())!["executions"]!.AsArray();
        Assert.Equal(["provision-file-system", "update-file-system", "teardown-file-system", "nightly-snapshots"], executions.Select(execution => (string?)execution!["stateMachine"]));
        Assert.All(executions, execution => Assert.True(File.Exists((string?)execution!["report"])));
        Assert.All(executions, execution => Assert.Equal("SUCCEEDED", (string?)execution!["status"]));
    }
}
