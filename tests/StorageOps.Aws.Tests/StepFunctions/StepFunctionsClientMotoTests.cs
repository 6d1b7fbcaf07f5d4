using Amazon.Runtime;
using StorageOps.Aws.StepFunctions;
using StorageOps.Aws.Tests.Support;
using StorageOps.Testing;

namespace StorageOps.Aws.Tests.StepFunctions;

/// <summary><see cref="StepFunctionsClient"/> against moto_server; state machines are created with the AWS CLI.</summary>
public sealed class StepFunctionsClientMotoTests(MotoServer moto) : IClassFixture<MotoServer>, IAsyncLifetime
{
    private const string Definition = """{"StartAt":"Done","States":{"Done":{"Type":"Pass","End":true}}}""";

    private readonly StepFunctionsClient client = new(new AwsClientSettings
    {
        Region = "us-east-1",
        ServiceUrl = moto.Endpoint.ToString(),
        Credentials = new BasicAWSCredentials("testing", "testing"),
        Timeout = Bounded.HttpAttempt,
    });

    public Task InitializeAsync() => moto.ResetAsync().WithinAsync(Bounded.Call, "moto_server reset");

    public Task DisposeAsync()
    {
        client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task StartExecutionAsync_WhenStateMachineExists_ShouldStartAnExecutionThatDescribeFinds()
    {
        var stateMachineArn = await CreateStateMachineAsync("nightly");

        var started = await client.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = stateMachineArn, Name = "request-0001", Input = """{"a":1}""" });
        var described = await client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = started.ExecutionArn! });

        Assert.EndsWith(":request-0001", started.ExecutionArn, StringComparison.Ordinal);
        Assert.Equal(started.ExecutionArn, described.ExecutionArn);
        Assert.Equal(stateMachineArn, described.StateMachineArn);
        Assert.Equal("request-0001", described.Name);
        Assert.Equal("""{"a":1}""", described.Input);
        Assert.False(string.IsNullOrEmpty(described.Status));
        Assert.True(described.StartDate > DateTimeOffset.UnixEpoch);
    }

    [Fact]
    public async Task StartExecutionAsync_WhenStateMachineMissing_ShouldThrowStateMachineDoesNotExist()
    {
        await Assert.ThrowsAsync<StateMachineDoesNotExistException>(() => client.StartExecutionAsync(
            new StartExecutionRequest { StateMachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:missing" }));
    }

    [Fact]
    public async Task DescribeExecutionAsync_WhenExecutionMissing_ShouldThrowExecutionDoesNotExist()
    {
        await Assert.ThrowsAsync<ExecutionDoesNotExistException>(() => client.DescribeExecutionAsync(
            new DescribeExecutionRequest { ExecutionArn = "arn:aws:states:us-east-1:123456789012:execution:missing:run" }));
    }

    [Fact]
    public async Task StopExecutionAsync_WhenRunning_ShouldReturnStopDateAndDescribeAsAborted()
    {
        var stateMachineArn = await CreateStateMachineAsync("stoppable");
        var started = await client.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = stateMachineArn, Name = "to-stop" });

        var stopped = await client.StopExecutionAsync(new StopExecutionRequest { ExecutionArn = started.ExecutionArn!, Error = "StorageOps.Cancelled", Cause = "test" });
        var described = await client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = started.ExecutionArn! });

        Assert.True(stopped.StopDate > DateTimeOffset.UnixEpoch);
        Assert.Equal("ABORTED", described.Status);
    }

    [Fact]
    public async Task ListAllExecutionsAsync_WhenMaxResultsIsOne_ShouldFollowNextTokenToEveryExecution()
    {
        var stateMachineArn = await CreateStateMachineAsync("listed");
        var started = new List<string>();
        foreach (var name in new[] { "run-a", "run-b", "run-c" })
        {
            started.Add((await client.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = stateMachineArn, Name = name })).ExecutionArn!);
        }

        var first = await client.ListExecutionsAsync(new ListExecutionsRequest { StateMachineArn = stateMachineArn, MaxResults = 1 });
        var listed = new List<string>();
        await foreach (var execution in client.ListAllExecutionsAsync(new ListExecutionsRequest { StateMachineArn = stateMachineArn, MaxResults = 1 }))
        {
            listed.Add(execution.ExecutionArn!);
        }

        Assert.Single(first.Executions);
        Assert.NotNull(first.NextToken);
        Assert.Equal(started.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListExecutionsAsync_WhenFilteredByStatus_ShouldReturnOnlyExecutionsInThatStatus()
    {
        var stateMachineArn = await CreateStateMachineAsync("filtered");
        var kept = await client.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = stateMachineArn, Name = "kept" });
        var aborted = await client.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = stateMachineArn, Name = "aborted" });
        await client.StopExecutionAsync(new StopExecutionRequest { ExecutionArn = aborted.ExecutionArn! });

        var page = await client.ListExecutionsAsync(new ListExecutionsRequest { StateMachineArn = stateMachineArn, StatusFilter = "ABORTED" });

        Assert.Equal(aborted.ExecutionArn, Assert.Single(page.Executions).ExecutionArn);
        Assert.DoesNotContain(page.Executions, execution => execution.ExecutionArn == kept.ExecutionArn);
    }

    private async Task<string> CreateStateMachineAsync(string name)
    {
        var created = await AwsCli.RunAsync(
            moto.Endpoint,
            "stepfunctions", "create-state-machine", "--name", name, "--definition", Definition,
            "--role-arn", "arn:aws:iam::123456789012:role/storageops-states");
        return created.GetProperty("stateMachineArn").GetString()!;
    }
}
