using System.Text.Json.Nodes;
using StorageOps.Local.Cli;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Cli;

public sealed class StorageOpsCommandLineTests
{
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    private Task<int> RunAsync(params string[] args) => StorageOpsCommandLine.RunAsync(args, output, error, CancellationToken.None);

    [Fact]
    public async Task RunAsync_WhenDemo_ShouldProvisionUpdateAndTearDownTheSampleFileSystemPrintingEveryTransition()
    {
        var exitCode = await RunAsync("demo", "--template", RepositoryPaths.Combine("template.yaml"));

        var text = output.ToString();
        Assert.True(exitCode == 0, text + error);
        Assert.Contains("provision-file-system: input events/provision-file-system.json", text, StringComparison.Ordinal);
        Assert.Contains("+00:00:00  CreateFileSystem       Task", text, StringComparison.Ordinal);
        Assert.Contains("+00:00:45  DescribeFileSystem     Task", text, StringComparison.Ordinal);
        Assert.Contains("+00:00:45  CreateMountTargets     Map", text, StringComparison.Ordinal);
        Assert.Contains("+00:01:45  CreateReplication      Task", text, StringComparison.Ordinal);
        Assert.Contains("+00:03:45  FileSystemProvisioned  Pass", text, StringComparison.Ordinal);
        Assert.Contains("Succeeded after 00:03:45 of virtual time", text, StringComparison.Ordinal);
        Assert.Contains("update-file-system: input events/requests/update-file-system.json", text, StringComparison.Ordinal);
        Assert.Contains("UpdateFileSystemThroughput Task", text, StringComparison.Ordinal);
        Assert.Contains("teardown-file-system: input events/requests/teardown-file-system.json", text, StringComparison.Ordinal);
        Assert.Contains("FileSystemTornDown     Pass", text, StringComparison.Ordinal);
        Assert.Contains("nightly-snapshots: cron(0 3 * * ? *) (UTC) fired at 2026-01-01T03:00:00Z, the nightly fleet seeded", text, StringComparison.Ordinal);
        Assert.Contains("ProtectPages           Map", text, StringComparison.Ordinal);
        Assert.Matches(@"\nDemo: provision-file-system Succeeded, update-file-system Succeeded, teardown-file-system Succeeded, nightly-snapshots Succeeded after \d\d:\d\d:\d\d of virtual time in [\d.]+ s, \d+ AWS requests\.\nnight 2026-01-01: passed — \d+ targets, \d+ succeeded, 0 failed, \d+ skipped, \d+ pruned\n$", text.ReplaceLineEndings("\n"));

        var outputs = TopLevelJson(text);
        Assert.Equal(4, outputs.Count);
        Assert.Equal(("2026-01-01", true), ((string?)outputs[3]["night"], (bool?)outputs[3]["passed"]));
        var (provisioned, updated, tornDown) = (outputs[0], outputs[1], outputs[2]);
        var fileSystemId = (string?)provisioned["fileSystemId"];
        Assert.Equal("available", (string?)provisioned["lifeCycleState"]);
        Assert.Equal(3, provisioned["mountTargets"]!.AsArray().Count);
        Assert.Equal(("us-west-2", "ENABLED"), ((string?)provisioned["replication"]!["region"], (string?)provisioned["replication"]!["status"]));
        Assert.Equal((fileSystemId, "provisioned", 256.0), ((string?)updated["fileSystemId"], (string?)updated["changes"]!["throughput"]!["throughputMode"], (double?)updated["changes"]!["throughput"]!["provisionedThroughputInMibps"]));
        Assert.Equal((fileSystemId, "deleted"), ((string?)tornDown["fileSystemId"], (string?)tornDown["lifeCycleState"]));
        Assert.Equal(
            provisioned["mountTargets"]!.AsArray().Select(target => (string?)target!["mountTargetId"]).Order(StringComparer.Ordinal),
            tornDown["deletedMountTargetIds"]!.AsArray().Select(id => (string?)id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunAsync_WhenADemoStepFails_ShouldStopThereSummariseAndExitFive()
    {
        var repository = Directory.CreateTempSubdirectory("storageops-demo-").FullName;
        try
        {
            File.Copy(RepositoryPaths.Combine("template.yaml"), Path.Combine(repository, "template.yaml"));
            foreach (var folder in new[] { "statemachines", "events", Path.Combine("events", "requests") })
            {
                Directory.CreateDirectory(Path.Combine(repository, folder));
                foreach (var file in Directory.GetFiles(RepositoryPaths.Combine(folder), "*.json"))
                {
                    File.Copy(file, Path.Combine(repository, folder, Path.GetFileName(file)));
                }
            }

            // The template's CodeUri must hold the functions' project; the local runner hosts the handlers in-process.
            Directory.CreateDirectory(Path.Combine(repository, "src", "StorageOps.Functions"));
            File.Copy(RepositoryPaths.Combine("src", "StorageOps.Functions", "StorageOps.Functions.csproj"), Path.Combine(repository, "src", "StorageOps.Functions", "StorageOps.Functions.csproj"));
            var update = Path.Combine(repository, "events", "requests", "update-file-system.json");
            await File.WriteAllTextAsync(update, """{"action":"update-file-system","requestId":"req-demo-too-much","fileSystemId":"fs-0123456789abcdef0","throughputMode":"provisioned","provisionedThroughputInMibps":5000}""");

            var exitCode = await RunAsync("demo", "--template", Path.Combine(repository, "template.yaml"));

            var text = output.ToString();
            Assert.Equal(ExitCodes.WorkflowFailed, exitCode);
            Assert.DoesNotContain("teardown-file-system: input", text, StringComparison.Ordinal);
            Assert.Contains("\nDemo: provision-file-system Succeeded, update-file-system Failed after ", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            Assert.Equal("storageops: update-file-system Failed: StorageOps.ValidationError: provisionedThroughputInMibps: must be between 1 and 3414 MiBps", error.ToString().TrimEnd());
        }
        finally
        {
            Directory.Delete(repository, recursive: true);
        }
    }

    /// <summary>The indented JSON documents the command printed, each starting with a '{' at the start of a line.</summary>
    private static List<JsonNode> TopLevelJson(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var documents = new List<JsonNode>();
        for (var first = 0; first < lines.Length; first++)
        {
            if (lines[first] == "{")
            {
                var last = Array.IndexOf(lines, "}", first);
                documents.Add(JsonNode.Parse(string.Join('\n', lines[first..(last + 1)]))!);
                first = last;
            }
        }

        return documents;
    }

    [Fact]
    public async Task RunAsync_WhenRunIsGivenAnInvalidRequest_ShouldFailTheWorkflowWithTheNamedErrorBeforeAnyAwsRequest()
    {
        var input = Path.Combine(Path.GetTempPath(), $"bad-request-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, """{"requestId":"bad id"}""");
        try
        {
            var exitCode = await RunAsync("run", "provision-file-system", "--input", input, "--template", RepositoryPaths.Combine("template.yaml"));

            Assert.Equal(ExitCodes.WorkflowFailed, exitCode);
            var text = output.ToString();
            var failure = JsonNode.Parse(text[text.LastIndexOf("{\n", StringComparison.Ordinal)..])!;
            Assert.Equal("StorageOps.ValidationError", (string?)failure["error"]);
            Assert.StartsWith("requestId: 'bad id' must be 1 to 64 letters", (string?)failure["cause"], StringComparison.Ordinal);
            Assert.Contains("state transitions, 0 AWS requests.", text, StringComparison.Ordinal);
            Assert.Equal(
                "storageops: provision-file-system Failed: StorageOps.ValidationError: requestId: 'bad id' must be 1 to 64 letters, digits, '-' or '_' (it becomes the EFS CreationToken and the execution name)",
                error.ToString().TrimEnd());
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public async Task RunAsync_WhenValidate_ShouldReportTheRepositoryTemplateValid()
    {
        var exitCode = await RunAsync("validate", "--template", RepositoryPaths.Combine("template.yaml"));

        Assert.True(exitCode == 0, output.ToString());
        Assert.EndsWith("Valid.\n", output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenValidateFindsProblems_ShouldListThemAndExitThreeWithOneLineOnStandardError()
    {
        var template = Path.Combine(Path.GetTempPath(), $"miswired-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(template, "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.12\n");
        try
        {
            var exitCode = await RunAsync("validate", "--template", template);

            Assert.Equal(ExitCodes.Validation, exitCode);
            Assert.Contains("  problem: Function Fn: Runtime is 'python3.12', expected 'dotnet10'.", output.ToString(), StringComparison.Ordinal);
            Assert.Matches(@"^storageops: .*miswired-\w+\.yaml: \d+ problem\(s\), listed on standard output\.$", error.ToString().TrimEnd());
        }
        finally
        {
            File.Delete(template);
        }
    }

    [Theory]
    [InlineData(new[] { "deploy" }, "Unknown command 'deploy'. Did you mean 'demo'?")]
    [InlineData(new[] { "run" }, "'run' takes one workflow name, e.g. provision-file-system.")]
    [InlineData(new[] { "run", "provision-file-system" }, "'run' needs --input FILE.")]
    [InlineData(new[] { "simulator", "--port", "http" }, "--port 'http' is not a TCP port (1-65535).")]
    [InlineData(new[] { "simulator", "--port" }, "Option --port needs a value.")]
    [InlineData(new[] { "demo", "--colour", "yes" }, "'demo' does not take --colour.")]
    [InlineData(new[] { "run", "provision-file-system", "--input", "a.json", "--input", "b.json" }, "Option --input is given twice.")]
    public async Task RunAsync_WhenCommandLineIsWrong_ShouldPrintTheProblemOnOneLineAndExitTwo(string[] args, string expected)
    {
        var exitCode = await RunAsync(args);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal($"storageops: {expected} Run 'storageops help' for usage.", error.ToString().TrimEnd());
    }

    [Fact]
    public async Task RunAsync_WhenRunWithVerboseSucceeds_ShouldListEveryAwsRequestTheSimulatorReceived()
    {
        var exitCode = await RunAsync("run", "provision-file-system", "--input", RepositoryPaths.Combine("events", "provision-file-system.json"), "--template", RepositoryPaths.Combine("template.yaml"), "--verbose");

        var text = output.ToString();
        Assert.True(exitCode == ExitCodes.Success, text + error);
        var count = int.Parse(text[(text.IndexOf("AWS requests received by the simulator: ", StringComparison.Ordinal) + "AWS requests received by the simulator: ".Length)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"state transitions, {count} AWS requests.", text, StringComparison.Ordinal);
        Assert.Contains("  +00:00:00  efs           CreateFileSystem                 201", text, StringComparison.Ordinal);
        Assert.True(count >= 2, text);
    }

    [Fact]
    public async Task RunAsync_WhenACommandFails_ShouldPrintOneLineAndTheStackTraceOnlyWhenVerbose()
    {
        var quiet = await RunAsync("validate", "--template", "no-such-template.yaml");
        var quietError = error.ToString();
        error.GetStringBuilder().Clear();
        var verbose = await RunAsync("validate", "--template", "no-such-template.yaml", "--verbose");

        Assert.Equal(ExitCodes.Usage, quiet);
        Assert.Equal(quiet, verbose);
        Assert.Equal("storageops: No template at no-such-template.yaml.", quietError.TrimEnd());
        Assert.Single(quietError.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", quietError, StringComparison.Ordinal);
        Assert.Contains("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenCancelled_ShouldSaySoAndExitOneHundredThirty()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var exitCode = await StorageOpsCommandLine.RunAsync(["demo", "--template", RepositoryPaths.Combine("template.yaml")], output, error, cancelled.Token);

        Assert.Equal(ExitCodes.Cancelled, exitCode);
        Assert.Equal("storageops: cancelled.", error.ToString().TrimEnd());
    }

    [Fact]
    public async Task RunAsync_WhenWorkflowIsUnknown_ShouldNameTheKnownOnesAndExitTwo()
    {
        var exitCode = await RunAsync("run", "provision", "--input", RepositoryPaths.Combine("events", "provision-file-system.json"), "--template", RepositoryPaths.Combine("template.yaml"));

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.StartsWith("storageops: 'provision' is not a workflow of template.yaml; it has nightly-snapshots, provision-file-system", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("AWS simulator at", output.ToString(), StringComparison.Ordinal);
    }
}
