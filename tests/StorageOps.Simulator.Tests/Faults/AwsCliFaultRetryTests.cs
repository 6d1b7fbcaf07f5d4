using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Tests.TestSupport;
using StorageOps.Testing;

namespace StorageOps.Simulator.Tests.Faults;

/// <summary>The aws CLI (botocore) recognises the simulator's injected throttling as throttling and retries until served.</summary>
public sealed class AwsCliFaultRetryTests
{
    [Theory]
    [InlineData("efs", "DescribeFileSystems", "ThrottlingException", "efs", "describe-file-systems")]
    [InlineData("rds", "DescribeDBClusters", "Throttling", "rds", "describe-db-clusters")]
    public async Task AwsCli_WhenTheFirstTwoCallsAreThrottled_ShouldRetryAndSucceed(string service, string operation, string errorCode, string cliService, string cliCommand)
    {
        var rule = new FaultRule { Service = service, Operation = operation, ThrottleRate = 0.5 };
        var seed = SeedWhoseFirstDecisionsAre(rule, FaultKind.Throttling, FaultKind.Throttling, FaultKind.None);
        await using var simulator = new AwsSimulator(new SimulatorOptions
        {
            TimeProvider = new ManualTimeProvider(),
            Faults = new FaultSettings { Seed = seed, Rules = [rule] },
        });
        await simulator.StartAsync();

        var result = await ExternalProcess.RunAsync(
            "aws",
            ["--endpoint-url", simulator.Endpoint.ToString().TrimEnd('/'), "--region", "us-east-1", "--output", "json", "--debug", cliService, cliCommand],
            environment: new Dictionary<string, string>
            {
                ["AWS_ACCESS_KEY_ID"] = "AKIDCLI",
                ["AWS_SECRET_ACCESS_KEY"] = "cli-secret",
                ["AWS_CONFIG_FILE"] = "/dev/null",
                ["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null",
                ["AWS_PAGER"] = string.Empty,
            });

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains(errorCode, result.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(result.StandardError, "Retry needed"));
    }

    /// <summary>A seed under which the rule decides <paramref name="expected"/> for its first requests, found the way the simulator rolls.</summary>
    private static int SeedWhoseFirstDecisionsAre(FaultRule rule, params FaultKind[] expected)
    {
        var request = new FaultRequest(rule.Service!, rule.Operation, []);
        for (var seed = 0; seed < 10_000; seed++)
        {
            var plan = new FaultPlan(new FaultSettings { Seed = seed, Rules = [rule] });
            if (expected.All(kind => plan.Decide(request).Kind == kind))
            {
                return seed;
            }
        }

        throw new InvalidOperationException("No seed gives the wanted decisions.");
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
