using StorageOps.Local.Cli;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Cli;

public sealed class SimulatorCommandTests
{
    [Fact]
    public async Task RunAsync_WhenStarted_ShouldServeTheAwsCliUntilCancelled()
    {
        var port = FreeTcpPort.Next();
        using var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var serving = StorageOpsCommandLine.RunAsync(["simulator", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], output, TextWriter.Null, stop.Token);
        try
        {
            var cli = await ExternalProcess.RunAsync(
                "aws",
                ["--endpoint-url", $"http://127.0.0.1:{port}", "--region", "us-east-1", "efs", "describe-file-systems"],
                environment: new Dictionary<string, string> { ["AWS_ACCESS_KEY_ID"] = "local", ["AWS_SECRET_ACCESS_KEY"] = "local" });

            Assert.True(cli.ExitCode == 0, cli.Describe());
            Assert.Contains("\"FileSystems\": []", cli.StandardOutput, StringComparison.Ordinal);
            Assert.Contains($"listening on http://127.0.0.1:{port}/", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
        }

        Assert.Equal(0, await serving);
    }
}
