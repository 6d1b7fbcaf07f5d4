using System.Globalization;
using System.IO.Pipes;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using StorageOps.Local.Cli;
using StorageOps.Local.Tests.TestSupport;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Cli;

public sealed class SimulatorCommandTests
{
    private static readonly Dictionary<string, string> Credentials = new() { ["AWS_ACCESS_KEY_ID"] = "local", ["AWS_SECRET_ACCESS_KEY"] = "local" };

    [Fact]
    public async Task RunAsync_WithoutSeed_ShouldServeTheDefaultFleetToTheAwsCliAndPrintItsIds()
    {
        await ServeAsync([], async (port, banner) =>
        {
            var fileSystems = await AwsAsync(port, "us-east-1", "efs", "describe-file-systems");
            var clusters = await AwsAsync(port, "us-east-1", "rds", "describe-db-clusters", "--query", "DBClusters[].DBClusterIdentifier");
            var snapshotArn = Regex.Match(banner, @"automated snapshot catalog-docdb-automated-\S+ (?<arn>arn:\S+)").Groups["arn"].Value;
            var snapshot = await AwsAsync(port, "us-east-1", "docdb-elastic", "get-cluster-snapshot", "--snapshot-arn", snapshotArn);
            var subnetInB = Regex.Match(banner, @"subnet (?<id>subnet-[0-9a-f]{17}) us-east-1b").Groups["id"].Value;
            var subnets = await AwsAsync(port, "us-east-1", "ec2", "describe-subnets", "--subnet-ids", subnetInB, "--query", "Subnets[].CidrBlock");

            Assert.Contains("\"FileSystems\": []", fileSystems, StringComparison.Ordinal);
            Assert.Contains($"listening on http://127.0.0.1:{port}/", banner, StringComparison.Ordinal);
            Assert.Contains("Clock: real time (--time-scale 1).", banner, StringComparison.Ordinal);
            Assert.Matches(@"subnet subnet-[0-9a-f]{17} us-east-1b 172\.31\.16\.0/20", banner);
            Assert.Contains("\"orders-aurora-pg\"", clusters, StringComparison.Ordinal);
            Assert.Contains("RDS cluster orders-aurora-pg", banner, StringComparison.Ordinal);
            Assert.Contains("\"status\": \"ACTIVE\"", snapshot, StringComparison.Ordinal);
            Assert.Contains($"aws --endpoint-url http://127.0.0.1:{port} --region us-east-1 efs describe-file-systems", banner, StringComparison.Ordinal);
            Assert.Contains("\"172.31.16.0/20\"", subnets, StringComparison.Ordinal);
            Assert.Contains($"aws --endpoint-url http://127.0.0.1:{port} --region us-east-1 ec2 describe-subnets", banner, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task RunAsync_WithSeed_ShouldServeTheSeededFleetInItsRegions()
    {
        await ServeAsync(["--seed", RepositoryPaths.Combine("docs", "examples", "fleet.json")], async (port, banner) =>
        {
            var clusters = await AwsAsync(port, "eu-west-1", "rds", "describe-db-clusters", "--query", "DBClusters[].DBClusterIdentifier");
            var fileSystem = await AwsAsync(port, "eu-west-1", "efs", "create-file-system", "--creation-token", "seeded-1");

            Assert.Contains("Serving the fleet of", banner, StringComparison.Ordinal);
            Assert.Contains("Injecting faults: 4 rule(s), seed 42.", banner, StringComparison.Ordinal);
            Assert.Contains("Account 111122223333, region eu-central-1:", banner, StringComparison.Ordinal);
            Assert.Contains("subnet subnet-0a1b2c3d4e5f6000a eu-west-1a 10.20.0.0/24", banner, StringComparison.Ordinal);
            Assert.Contains("\"archive-aurora-mysql\"", clusters, StringComparison.Ordinal);
            Assert.DoesNotContain("orders-aurora-pg", clusters, StringComparison.Ordinal);
            Assert.Contains("arn:aws:elasticfilesystem:eu-west-1:111122223333:file-system/", fileSystem, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task RunAsync_WhenTheSeedFileIsWrong_ShouldFailWithTheJsonPathOfTheProblem()
    {
        var seed = Path.Combine(Path.GetTempPath(), $"fleet-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(seed, """{"rdsClusters": [{"dbClusterIdentifier": "x", "engine": "oracle-ee"}]}""");
        try
        {
            var error = await Assert.ThrowsAsync<UsageException>(() => SimulatorCommand.RunAsync(CommandInput.Parse(["simulator", "--seed", seed]), TextWriter.Null, CancellationToken.None));

            Assert.Contains("$.rdsClusters[0].engine", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(seed);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("fast")]
    [InlineData("2000000")]
    public async Task RunAsync_WhenTimeScaleIsNotAPositiveNumberUpToAMillion_ShouldThrowUsageException(string timeScale)
    {
        var error = await Assert.ThrowsAsync<UsageException>(() => SimulatorCommand.RunAsync(CommandInput.Parse(["simulator", "--time-scale", timeScale]), TextWriter.Null, CancellationToken.None));

        Assert.StartsWith($"--time-scale '{timeScale}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TERM", false)]
    [InlineData("INT", false)]
    [InlineData("TERM", true)]
    [InlineData("INT", true)]
    public async Task Process_WhenSignalled_ShouldStopWithinOneSecondAndExitZero(string signal, bool asBackgroundJobOfAShell)
    {
        using var simulator = await StandaloneSimulatorProcess.StartAsync([], asBackgroundJobOfAShell);

        await simulator.SignalAsync(signal);
        var exit = await simulator.WaitForExitAsync(TimeSpan.FromSeconds(15));

        Assert.True(exit is not null, $"SIG{signal} did not stop the simulator within 15 s.");
        Assert.True(exit.Value.Elapsed < TimeSpan.FromSeconds(1), $"SIG{signal} stopped the simulator only after {exit.Value.Elapsed.TotalMilliseconds:F0} ms.");
        Assert.Equal(0, exit.Value.ExitCode);
    }

    [Fact]
    public async Task Process_WithTimeScale60_ShouldSettleEveryDefaultFleetLifecycleWithinFiveWallClockSecondsForTheJavaScriptSdk()
    {
        using var simulator = await StandaloneSimulatorProcess.StartAsync(["--time-scale", "60"]);
        var input = new JsonObject
        {
            ["endpoint"] = $"http://127.0.0.1:{simulator.Port}",
            ["region"] = "us-east-1",
            ["destinationRegion"] = "us-west-2",
            ["subnetId"] = Regex.Match(simulator.Banner, @"subnet (?<id>subnet-[0-9a-f]{17}) us-east-1a").Groups["id"].Value,
            ["rdsClusterIdentifier"] = "orders-aurora-pg",
            ["elasticSnapshotArn"] = Regex.Match(simulator.Banner, @"automated snapshot catalog-docdb-automated-\S+ (?<arn>arn:\S+)").Groups["arn"].Value,
        };

        var report = JsonNode.Parse(await ExternalProcess.RunNodeScriptAsync("simulator-time-scale.mjs", input.ToJsonString()))!.AsObject();

        Assert.Contains("Clock: 60 simulated seconds per wall-clock second (--time-scale 60).", simulator.Banner, StringComparison.Ordinal);
        foreach (var (lifecycle, ready) in new[] { ("fileSystem", "available"), ("mountTarget", "available"), ("replication", "ENABLED"), ("rdsClusterSnapshot", "available"), ("elasticSnapshotCopy", "ACTIVE") })
        {
            var outcome = report[lifecycle]!;
            Assert.True(outcome["milliseconds"] is not null, $"{lifecycle} never became {ready}: last seen {outcome["state"]}.");
            Assert.Equal(ready, outcome["state"]!.GetValue<string>());
            Assert.InRange(outcome["milliseconds"]!.GetValue<int>(), 0, 5000);
        }
    }

    private static async Task<string> AwsAsync(int port, string region, params string[] command)
    {
        var cli = await ExternalProcess.RunAsync("aws", ["--endpoint-url", $"http://127.0.0.1:{port}", "--region", region, .. command], environment: Credentials);
        Assert.True(cli.ExitCode == 0, cli.Describe());
        return cli.StandardOutput;
    }

    /// <summary>Runs the command in the background, hands <paramref name="explore"/> its port and everything it printed up to "Press Ctrl+C", then stops it.</summary>
    private static async Task ServeAsync(string[] options, Func<int, string, Task> explore)
    {
        var port = FreeTcpPort.Next();
        using var stop = new CancellationTokenSource();
        using var pipeOut = new AnonymousPipeServerStream(PipeDirection.Out);
        using var pipeIn = new AnonymousPipeClientStream(PipeDirection.In, pipeOut.ClientSafePipeHandle);
        using var output = new StreamWriter(pipeOut) { AutoFlush = true };
        using var reader = new StreamReader(pipeIn);
        var serving = Task.Run(() => StorageOpsCommandLine.RunAsync(["simulator", "--port", port.ToString(CultureInfo.InvariantCulture), .. options], output, TextWriter.Null, stop.Token));
        var banner = new StringBuilder();
        var explored = false;
        try
        {
            while (await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) is { } line)
            {
                banner.AppendLine(line);
                if (line.StartsWith("Press Ctrl+C", StringComparison.Ordinal))
                {
                    await explore(port, banner.ToString());
                    explored = true;
                    break;
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
        }

        Assert.Equal(0, await serving);
        Assert.True(explored, $"The simulator command stopped before serving:\n{banner}");
    }
}
