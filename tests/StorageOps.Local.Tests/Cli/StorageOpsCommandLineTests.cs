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
    public async Task RunAsync_WhenDemo_ShouldProvisionTheSampleFileSystemAndPrintEveryTransition()
    {
        var exitCode = await RunAsync("demo", "--template", RepositoryPaths.Combine("template.yaml"));

        var text = output.ToString();
        Assert.True(exitCode == 0, text + error);
        Assert.Contains("+00:00:00  CreateFileSystem       Task", text, StringComparison.Ordinal);
        Assert.Contains("+00:00:45  DescribeFileSystem     Task", text, StringComparison.Ordinal);
        Assert.Contains("+00:00:45  FileSystemReady        Pass", text, StringComparison.Ordinal);
        Assert.Contains("Succeeded after 00:00:45 of virtual time", text, StringComparison.Ordinal);
        var json = JsonNode.Parse(text[text.IndexOf("{\n", StringComparison.Ordinal)..])!;
        Assert.Equal("available", (string?)json["lifeCycleState"]);
    }

    [Fact]
    public async Task RunAsync_WhenRunIsGivenAnInvalidRequest_ShouldPrintTheNamedErrorAndExitOne()
    {
        var input = Path.Combine(Path.GetTempPath(), $"bad-request-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, """{"requestId":"bad id"}""");
        try
        {
            var exitCode = await RunAsync("run", "provision-file-system", "--input", input, "--template", RepositoryPaths.Combine("template.yaml"));

            Assert.Equal(1, exitCode);
            var text = output.ToString();
            var failure = JsonNode.Parse(text[text.LastIndexOf("{\n", StringComparison.Ordinal)..])!;
            Assert.Equal("StorageOps.ValidationError", (string?)failure["error"]);
            Assert.Contains("requestId: 'bad id' must be 1 to 64 letters", (string?)failure["cause"], StringComparison.Ordinal);
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

    [Theory]
    [InlineData(new[] { "deploy" }, "Unknown command 'deploy'.")]
    [InlineData(new[] { "run" }, "'run' takes one workflow name")]
    [InlineData(new[] { "run", "provision-file-system" }, "'run' needs --input FILE.")]
    [InlineData(new[] { "simulator", "--port", "http" }, "--port 'http' is not a TCP port (1-65535).")]
    [InlineData(new[] { "simulator", "--port" }, "Option --port needs a value.")]
    [InlineData(new[] { "demo", "--verbose", "yes" }, "'demo' does not take --verbose.")]
    public async Task RunAsync_WhenCommandLineIsWrong_ShouldPrintTheProblemAndUsageAndExitTwo(string[] args, string expected)
    {
        var exitCode = await RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Usage: storageops <command>", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenWorkflowIsUnknown_ShouldNameTheKnownOnesAndExitOne()
    {
        var exitCode = await RunAsync("run", "provision", "--input", RepositoryPaths.Combine("events", "provision-file-system.json"), "--template", RepositoryPaths.Combine("template.yaml"));

        Assert.Equal(1, exitCode);
        Assert.Contains("No state machine named 'provision' in the template. Known: provision-file-system", error.ToString(), StringComparison.Ordinal);
    }
}
