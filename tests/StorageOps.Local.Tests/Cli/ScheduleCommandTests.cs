using System.Text.Json.Nodes;
using StorageOps.Local.Cli;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Cli;

public sealed class ScheduleCommandTests
{
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    private Task<int> RunAsync(params string[] args) =>
        StorageOpsCommandLine.RunAsync([.. args, "--template", RepositoryPaths.Combine("template.yaml")], output, error, CancellationToken.None);

    [Theory]
    [InlineData(new[] { "schedule", "nightly" }, "storageops: 'nightly' is not a schedule of template.yaml; it has nightly-snapshots, replication-health. Run 'storageops help' for usage.")]
    [InlineData(new[] { "schedule" }, "storageops: 'schedule' takes one schedule name; template.yaml has nightly-snapshots, replication-health. Run 'storageops help' for usage.")]
    [InlineData(new[] { "schedule", "nightly-snapshots", "--at", "tonight" }, "storageops: --at 'tonight' is not an RFC 3339 time such as 2026-12-01T03:00:00Z. Run 'storageops help' for usage.")]
    [InlineData(new[] { "schedule", "nightly-snapshots", "--output", "yaml" }, "storageops: --output 'yaml' is not an output format; use json (one JSON document, for scripts) or text (the default). Run 'storageops help' for usage.")]
    [InlineData(new[] { "schedule", "nightly-snapshots", "--input", "x.json" }, "storageops: 'schedule' does not take --input. Run 'storageops help' for usage.")]
    public async Task RunAsync_WhenTheCommandLineIsWrong_ShouldExitTwoBeforeAnythingRuns(string[] args, string expected)
    {
        var exitCode = await RunAsync(args);

        Assert.Equal((ExitCodes.Usage, expected), (exitCode, error.ToString().TrimEnd()));
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task RunAsync_WhenTheFleetFileDoesNotExist_ShouldExitTwo()
    {
        var exitCode = await RunAsync("schedule", "nightly-snapshots", "--fleet", "no-such-fleet.json");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("No fleet seed file at no-such-fleet.json", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenTheNightlyScheduleFiresOverTheNightlyFleet_ShouldPrintTransitionsTheVerdictAndTheSummaryLast()
    {
        var exitCode = await RunAsync("schedule", "nightly-snapshots", "--at", "2026-12-01T03:00:00Z");

        var text = output.ToString().ReplaceLineEndings("\n");
        Assert.True(exitCode == ExitCodes.Success, text + error);
        Assert.StartsWith("nightly-snapshots: cron(0 3 * * ? *) (UTC) fired at 2026-12-01T03:00:00Z → state machine nightly-snapshots, fleet ", text, StringComparison.Ordinal);
        Assert.Contains("  +00:00:00  StartNight             Task", text, StringComparison.Ordinal);
        Assert.Contains("ProtectPages           Map", text, StringComparison.Ordinal);
        Assert.Matches(@"\nnight 2026-12-01: passed — \d+ targets, \d+ succeeded, 0 failed, \d+ skipped, \d+ pruned\n\{", text);
        var summary = JsonNode.Parse(text[text.LastIndexOf("\n{\n", StringComparison.Ordinal)..])!;
        Assert.Equal(("2026-12-01", true), ((string?)summary["night"], (bool?)summary["passed"]));
    }

    [Fact]
    public async Task RunAsync_WhenATargetFailsTonight_ShouldPrintTheFailedSummaryLastAndExitFive()
    {
        // The nightly fleet with a manual snapshot quota that its own two snapshots (not ours) and two of tonight's fill.
        var fleet = JsonNode.Parse(
            await File.ReadAllTextAsync(RepositoryPaths.Combine("docs", "examples", "nightly-fleet.json")),
            documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        fleet["manualClusterSnapshotQuota"] = 4;
        var path = Path.Combine(Path.GetTempPath(), $"storageops-quota-fleet-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, fleet.ToJsonString());
        try
        {
            var exitCode = await RunAsync("schedule", "nightly-snapshots", "--at", "2026-12-01T03:00:00Z", "--fleet", path);

            var text = output.ToString().ReplaceLineEndings("\n");
            Assert.Equal(ExitCodes.WorkflowFailed, exitCode);
            Assert.Contains($"fleet {path}", text, StringComparison.Ordinal);
            Assert.Matches(@"^storageops: night 2026-12-01: FAILED — \d+ targets, \d+ succeeded, [1-9]\d* failed, \d+ skipped, \d+ pruned$", error.ToString().TrimEnd());
            var summary = JsonNode.Parse(text[text.LastIndexOf("\n{\n", StringComparison.Ordinal)..])!;
            Assert.Equal(false, (bool?)summary["passed"]);
            Assert.Equal("StorageOps.SnapshotQuotaExceeded", (string?)summary["results"]![0]!["error"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task RunAsync_WhenOutputIsJson_ShouldPrintTheSummaryAlone()
    {
        var exitCode = await RunAsync("schedule", "nightly-snapshots", "--at", "2026-12-01T03:00:00Z", "--output", "json");

        Assert.True(exitCode == ExitCodes.Success, output.ToString() + error);
        Assert.Equal("2026-12-01", (string?)JsonNode.Parse(output.ToString())!["night"]);
    }

    [Fact]
    public async Task RunAsync_WhenReplicationHealthFires_ShouldInvokeTheFunctionAndPrintTheReportLast()
    {
        var exitCode = await RunAsync("schedule", "replication-health", "--at", "2026-12-01T03:15:00Z");

        var text = output.ToString().ReplaceLineEndings("\n");
        Assert.True(exitCode == ExitCodes.Success, text + error);
        Assert.StartsWith("replication-health: rate(15 minutes) (UTC) fired at 2026-12-01T03:15:00Z → function CheckReplicationHealthFunction, fleet ", text, StringComparison.Ordinal);
        var report = JsonNode.Parse(text[text.LastIndexOf("\n{\n", StringComparison.Ordinal)..])!;
        Assert.Equal(true, (bool?)report["healthy"]);
    }
}
