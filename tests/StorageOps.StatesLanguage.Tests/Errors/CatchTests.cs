using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.Lambda;
using StorageOps.StatesLanguage.Tests.Support;

namespace StorageOps.StatesLanguage.Tests.Errors;

public sealed class CatchTests
{
    private static string CatchingMachine(string catchers, string extraTaskFields = "") => """
        {"StartAt":"Work","States":{
          "Work":{"Type":"Task","Resource":"ARN",EXTRA"Next":"Done","Catch":CATCHERS},
          "Handle":{"Type":"Pass","End":true},
          "Other":{"Type":"Pass","Result":"other","End":true},
          "Done":{"Type":"Succeed"}}}
        """.Replace("ARN", Machines.LambdaArn, StringComparison.Ordinal)
        .Replace("EXTRA", extraTaskFields, StringComparison.Ordinal)
        .Replace("CATCHERS", catchers, StringComparison.Ordinal);

    private static EngineHarness Failing(string error, string message = "it broke")
    {
        var harness = new EngineHarness();
        harness.Lambda.OnResult(Machines.LambdaArn, _ => ScriptedLambdaInvoker.FunctionError(error, message));
        return harness;
    }

    [Fact]
    public async Task Run_WhenCaughtWithDefaultResultPath_ShouldOutputTheErrorObject()
    {
        var result = await Failing("StorageOps.ValidationError").RunAsync(CatchingMachine("""[{"ErrorEquals":["StorageOps.ValidationError"],"Next":"Handle"}]"""), """{"req":1}""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(
            """{"Error":"StorageOps.ValidationError","Cause":"{\"errorType\":\"StorageOps.ValidationError\",\"errorMessage\":\"it broke\"}"}""",
            EngineHarness.Output(result));
        Assert.Equal(
            ["ExecutionStarted", "TaskStateEntered:Work", "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionFailed", "TaskStateExited:Work", "PassStateEntered:Handle", "PassStateExited:Handle", "ExecutionSucceeded"],
            EngineHarness.Trace(result));
    }

    [Fact]
    public async Task Run_WhenCatcherHasResultPath_ShouldInsertTheErrorIntoTheRawInput()
    {
        var result = await Failing("Boom").RunAsync(CatchingMachine("""[{"ErrorEquals":["Boom"],"ResultPath":"$.failure","Next":"Handle"}]""", "\"InputPath\":\"$.x\","), """{"x":{"y":1},"req":1}""");

        var output = result.Output!.AsObject();
        Assert.Equal(["x", "req", "failure"], output.Select(pair => pair.Key));
        Assert.Equal("Boom", output["failure"]!["Error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Run_WhenSeveralCatchersMatch_ShouldUseTheFirst()
    {
        var result = await Failing("Boom").RunAsync(CatchingMachine("""
            [{"ErrorEquals":["Nope"],"Next":"Other"},{"ErrorEquals":["States.TaskFailed"],"Next":"Handle"},{"ErrorEquals":["States.ALL"],"Next":"Other"}]
            """));

        Assert.Contains("PassStateEntered:Handle", EngineHarness.Trace(result));
    }

    [Fact]
    public async Task Run_WhenRetriesAreExhausted_ShouldThenCatch()
    {
        var harness = Failing("Flaky");

        var result = await harness.RunAsync(CatchingMachine("""[{"ErrorEquals":["Flaky"],"Next":"Handle"}]""", "\"Retry\":[{\"ErrorEquals\":[\"Flaky\"],\"MaxAttempts\":2}],"));

        Assert.Equal(3, harness.Lambda.Calls.Count);
        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("Flaky", result.Output!["Error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Run_WhenNoCatcherMatches_ShouldFailTheExecution()
    {
        var result = await Failing("Boom").RunAsync(CatchingMachine("""[{"ErrorEquals":["Other.Error"],"Next":"Handle"}]"""));

        Assert.Equal((ExecutionStatus.Failed, "Boom"), (result.Status, result.Error));
    }

    [Fact]
    public async Task Run_WhenTheTaskTimesOut_ShouldBeCaughtByStatesAllButNotByStatesTaskFailed()
    {
        var harness = new EngineHarness();
        harness.Lambda.OnAsync(Machines.LambdaArn, async (_, token) =>
        {
            await harness.Clock.WaitAsync(TimeSpan.FromMinutes(5), token);
            return new LambdaInvocationResult(null, null);
        });

        var result = await harness.RunAsync(CatchingMachine(
            """[{"ErrorEquals":["States.TaskFailed"],"Next":"Other"},{"ErrorEquals":["States.ALL"],"Next":"Handle"}]""",
            "\"TimeoutSeconds\":60,"));

        Assert.Equal("States.Timeout", result.Output!["Error"]!.GetValue<string>());
        Assert.Contains("PassStateEntered:Handle", EngineHarness.Trace(result));
        Assert.Equal(60, EngineHarness.SecondsSinceStart(result.StopDate));
    }

    [Fact]
    public async Task Run_WhenAnIntrinsicFails_ShouldBeCatchableAsStatesIntrinsicFailure()
    {
        var harness = new EngineHarness();

        var result = await harness.RunAsync(CatchingMachine(
            """[{"ErrorEquals":["States.IntrinsicFailure"],"Next":"Handle"}]""",
            "\"Parameters\":{\"v.$\":\"States.StringToJson($.text)\"},"), """{"text":"{not json"}""");

        Assert.Equal("States.IntrinsicFailure", result.Output!["Error"]!.GetValue<string>());
        Assert.Empty(harness.Lambda.Calls);
    }

    [Fact]
    public async Task Run_WhenResultPathCannotBeApplied_ShouldFailWithResultPathMatchFailure()
    {
        var harness = new EngineHarness();
        harness.Lambda.On(Machines.LambdaArn, _ => JsonValue.Create(1));

        var result = await harness.RunAsync(Machines.Single($$"""{"Type":"Task","Resource":"{{Machines.LambdaArn}}","ResultPath":"$.a.b","End":true}"""), """{"a":"text"}""");

        Assert.Equal(
            ("States.ResultPathMatchFailure", "State 'S': unable to apply ResultPath '$.a.b' to the state input: '$['a']' is not an object"),
            (result.Error, result.Cause));
    }
}
