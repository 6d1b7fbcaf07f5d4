using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Lambda;
using StorageOps.StatesLanguage.Tests.Support;

namespace StorageOps.StatesLanguage.Tests.Errors;

public sealed class RetryTests
{
    private static string TaskWithRetry(string retry) =>
        Machines.Single($$"""{"Type":"Task","Resource":"{{Machines.LambdaArn}}","End":true,"Retry":{{retry}}}""");

    private static EngineHarness FailingTimes(int failures, string error = "Lambda.TooManyRequestsException")
    {
        var harness = new EngineHarness();
        var calls = 0;
        harness.Lambda.OnResult(Machines.LambdaArn, _ => ++calls <= failures
            ? ScriptedLambdaInvoker.FunctionError(error, "slow down")
            : new LambdaInvocationResult(JsonValue.Create(calls), null));
        return harness;
    }

    private static double[] AttemptSeconds(ExecutionResult result) =>
        [.. EngineHarness.OfType(result, HistoryEventType.LambdaFunctionScheduled).Select(e => EngineHarness.SecondsSinceStart(e.Timestamp))];

    [Fact]
    public async Task Run_WhenRetriesUseBackoff_ShouldWaitIntervalTimesBackoffRatePowersOnTheVirtualClock()
    {
        var harness = FailingTimes(3);

        var result = await harness.RunAsync(TaskWithRetry("""[{"ErrorEquals":["Lambda.TooManyRequestsException"],"IntervalSeconds":2,"BackoffRate":2.0,"MaxAttempts":3}]"""));

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("4", EngineHarness.Output(result));
        Assert.Equal([0.0, 2.0, 6.0, 14.0], AttemptSeconds(result));
        Assert.Equal([0.0, 2.0, 6.0, 14.0], harness.Lambda.Calls.Select(call => EngineHarness.SecondsSinceStart(call.At)));
    }

    [Fact]
    public async Task Run_WhenRetrierUsesDefaults_ShouldRetryThreeTimesAfterOneTwoAndFourSeconds()
    {
        var result = await FailingTimes(10).RunAsync(TaskWithRetry("""[{"ErrorEquals":["States.ALL"]}]"""));

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("Lambda.TooManyRequestsException", result.Error);
        Assert.Equal([0.0, 1.0, 3.0, 7.0], AttemptSeconds(result));
    }

    [Fact]
    public async Task Run_WhenMaxDelaySecondsIsSet_ShouldCapEachInterval()
    {
        var result = await FailingTimes(10).RunAsync(TaskWithRetry("""[{"ErrorEquals":["States.ALL"],"IntervalSeconds":3,"BackoffRate":3,"MaxAttempts":4,"MaxDelaySeconds":10}]"""));

        Assert.Equal([0.0, 3.0, 12.0, 22.0, 32.0], AttemptSeconds(result));
    }

    [Fact]
    public async Task Run_WhenMaxAttemptsIsZero_ShouldNotRetry()
    {
        var result = await FailingTimes(1).RunAsync(TaskWithRetry("""[{"ErrorEquals":["States.ALL"],"MaxAttempts":0}]"""));

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal([0.0], AttemptSeconds(result));
    }

    [Fact]
    public async Task Run_WhenTheFirstMatchingRetrierIsExhausted_ShouldNotFallThroughToALaterRetrier()
    {
        var result = await FailingTimes(10, "Custom.Error").RunAsync(TaskWithRetry("""
            [{"ErrorEquals":["Custom.Error"],"MaxAttempts":1,"IntervalSeconds":5},{"ErrorEquals":["States.ALL"],"MaxAttempts":5}]
            """));

        Assert.Equal([0.0, 5.0], AttemptSeconds(result));
        Assert.Equal("Custom.Error", result.Error);
    }

    [Fact]
    public async Task Run_WhenErrorDoesNotMatchAnyRetrier_ShouldFailImmediately()
    {
        var result = await FailingTimes(1, "Other.Error").RunAsync(TaskWithRetry("""[{"ErrorEquals":["Custom.Error"]}]"""));

        Assert.Equal([0.0], AttemptSeconds(result));
        Assert.Equal("Other.Error", result.Error);
    }

    [Fact]
    public async Task Run_WhenJitterIsFull_ShouldDrawDeterministicDelaysNoLongerThanTheBackoff()
    {
        const string retry = """[{"ErrorEquals":["States.ALL"],"IntervalSeconds":10,"BackoffRate":2,"MaxAttempts":3,"JitterStrategy":"FULL"}]""";
        var options = new ExecutionOptions { ExecutionName = "jitter", RandomSeed = 1234 };

        var first = AttemptSeconds(await FailingTimes(10).RunAsync(TaskWithRetry(retry), options: options));
        var second = AttemptSeconds(await FailingTimes(10).RunAsync(TaskWithRetry(retry), options: options));

        Assert.Equal(first, second);
        var delays = first.Zip(first.Skip(1), (earlier, later) => later - earlier).ToArray();
        Assert.Equal(3, delays.Length);
        Assert.All(delays.Zip([10.0, 20.0, 40.0]), pair => Assert.InRange(pair.First, 0, pair.Second));
        Assert.NotEqual([10.0, 20.0, 40.0], delays);
    }

    [Fact]
    public async Task Run_WhenRetrying_ShouldExposeTheRetryCountInTheContextObject()
    {
        var harness = new EngineHarness();
        harness.Lambda.OnResult(Machines.LambdaArn, payload => payload!["retry"]!.GetValue<int>() < 2
            ? ScriptedLambdaInvoker.FunctionError("Again", "again")
            : new LambdaInvocationResult(payload.DeepClone(), null));

        var result = await harness.RunAsync(Machines.Single($$"""
            {"Type":"Task","Resource":"{{Machines.LambdaArn}}","Parameters":{"retry.$":"$$.State.RetryCount"},"End":true,"Retry":[{"ErrorEquals":["Again"]}]}
            """));

        Assert.Equal("""{"retry":2}""", EngineHarness.Output(result));
        Assert.Equal(["""{"retry":0}""", """{"retry":1}""", """{"retry":2}"""], harness.Lambda.Calls.Select(call => call.Payload));
    }

    [Fact]
    public async Task Run_WhenAStatesRuntimeErrorOccurs_ShouldNotRetryEvenWithStatesAll()
    {
        var harness = new EngineHarness();
        harness.Lambda.On(Machines.LambdaArn, payload => payload);

        var result = await harness.RunAsync(Machines.Single($$"""
            {"Type":"Task","Resource":"{{Machines.LambdaArn}}","OutputPath":"$.absent","End":true,"Retry":[{"ErrorEquals":["States.ALL"]}]}
            """));

        Assert.Equal(("States.Runtime", "State 'S': OutputPath '$.absent' matched nothing in the state output"), (result.Error, result.Cause));
        Assert.Single(harness.Lambda.Calls);
    }
}
