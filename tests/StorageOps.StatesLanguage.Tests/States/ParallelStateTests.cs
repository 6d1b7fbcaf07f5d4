using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.Tests.Support;

namespace StorageOps.StatesLanguage.Tests.States;

public sealed class ParallelStateTests
{
    private const string TwoBranches = """
        {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
          {"StartAt":"A","States":{"A":{"Type":"Wait","Seconds":30,"Next":"A2"},"A2":{"Type":"Pass","Result":"a","End":true}}},
          {"StartAt":"B","States":{"B":{"Type":"Wait","Seconds":10,"Next":"B2"},"B2":{"Type":"Pass","Parameters":{"in.$":"$.x"},"End":true}}}]}}}
        """;

    [Fact]
    public async Task Run_ShouldReturnBranchOutputsInBranchOrderAfterTheLongestBranchInVirtualTime()
    {
        var result = await new EngineHarness().RunAsync(TwoBranches, """{"x":1}""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""["a",{"in":1}]""", EngineHarness.Output(result));
        Assert.Equal(30, EngineHarness.SecondsSinceStart(result.StopDate));
    }

    [Fact]
    public async Task Run_ShouldEmitParallelEventsAroundTheInterleavedBranchesInTheSameOrderEveryTime()
    {
        var first = EngineHarness.Trace(await new EngineHarness().RunAsync(TwoBranches, """{"x":1}"""));
        var second = EngineHarness.Trace(await new EngineHarness().RunAsync(TwoBranches, """{"x":1}"""));

        Assert.Equal(first, second);
        Assert.Equal(
            [
                "ExecutionStarted", "ParallelStateEntered:P", "ParallelStateStarted",
                "WaitStateEntered:A", "WaitStateEntered:B", "WaitStateExited:B", "PassStateEntered:B2", "PassStateExited:B2",
                "WaitStateExited:A", "PassStateEntered:A2", "PassStateExited:A2",
                "ParallelStateSucceeded", "ParallelStateExited:P", "ExecutionSucceeded",
            ],
            first);
    }

    [Fact]
    public async Task Run_WhenABranchFails_ShouldFailWithTheBranchErrorAndStopTheOtherBranches()
    {
        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
              {"StartAt":"Slow","States":{"Slow":{"Type":"Wait","Seconds":300,"Next":"Never"},"Never":{"Type":"Pass","End":true}}},
              {"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Custom.Boom","Cause":"branch 2"}}}]}}}
            """);

        Assert.Equal(("Custom.Boom", "branch 2"), (result.Error, result.Cause));
        Assert.DoesNotContain("PassStateEntered:Never", EngineHarness.Trace(result));
        Assert.Contains("ParallelStateFailed", EngineHarness.Trace(result));
        Assert.Equal(0, EngineHarness.SecondsSinceStart(result.StopDate));
    }

    [Fact]
    public async Task Run_WhenCaught_ShouldApplyTheCatcherToTheParallelState()
    {
        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","Next":"Done","Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.error","Next":"Done"}],"Branches":[
              {"StartAt":"F","States":{"F":{"Type":"Fail","Error":"E","Cause":"C"}}}]},"Done":{"Type":"Succeed"}}}
            """, """{"keep":true}""");

        Assert.Equal("""{"keep":true,"error":{"Error":"E","Cause":"C"}}""", EngineHarness.Output(result));
    }

    [Fact]
    public async Task Run_WithRetry_ShouldRerunEveryBranch()
    {
        var harness = new EngineHarness();
        var calls = 0;
        harness.Lambda.OnResult(Machines.LambdaArn, _ => ++calls == 1 ? ScriptedLambdaInvoker.FunctionError("Transient", "once") : new(System.Text.Json.Nodes.JsonValue.Create(calls), null));

        var result = await harness.RunAsync($$$$$"""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Retry":[{"ErrorEquals":["Transient"],"IntervalSeconds":5}],
              "ResultSelector":{"first.$":"$[0]","second.$":"$[1]"},
              "Branches":[{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"{{{{{Machines.LambdaArn}}}}}","End":true}}},
                          {"StartAt":"Q","States":{"Q":{"Type":"Pass","Result":"q","End":true}}}]}}}
            """);

        Assert.Equal("""{"first":2,"second":"q"}""", EngineHarness.Output(result));
        Assert.Equal(5, EngineHarness.SecondsSinceStart(result.StopDate));
    }

    [Fact]
    public async Task Parse_WhenABranchTransitionsOutsideItself_ShouldNameTheStateAndField()
    {
        var problems = StorageOps.StatesLanguage.Definition.StateMachineDefinition.Validate("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","Next":"Out","Branches":[{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Out"}}}]},"Out":{"Type":"Succeed"}}}
            """);

        Assert.Equal(["State 'A': field 'Next' refers to state 'Out', which does not exist in the same branch of 'P'"], problems.Select(p => p.Message));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Run_ManyExecutionsWithParallelWaits_ShouldFinishOnTheVirtualClock()
    {
        var harness = new EngineHarness();
        var definition = StorageOps.StatesLanguage.Definition.StateMachineDefinition.Parse(TwoBranches);
        Task<ExecutionResult>[] runs;
        using (harness.Clock.BeginActivity())
        {
            runs = [.. Enumerable.Range(0, 200).Select(i => harness.Engine.RunAsync(definition, System.Text.Json.Nodes.JsonNode.Parse($$$$$"""{"x":{{{{{i}}}}}}"""), new ExecutionOptions { ExecutionName = $"e{i}" }))];
        }

        var results = await Task.WhenAll(runs);

        Assert.All(results, result => Assert.Equal(30, EngineHarness.SecondsSinceStart(result.StopDate)));
        Assert.All(results, result => Assert.Equal(ExecutionStatus.Succeeded, result.Status));
    }

    [Fact]
    public async Task Run_WhenTheExecutionTimesOutWhileBranchesWait_ShouldEndAsTimedOutAtTheLimit()
    {
        var result = await new EngineHarness().RunAsync("""
            {"TimeoutSeconds":10,"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
              {"StartAt":"A","States":{"A":{"Type":"Wait","Seconds":100,"End":true}}},
              {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":1,"ItemsPath":"$.items","ItemProcessor":{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":4,"End":true}}},"End":true}}}]}}}
            """, """{"items":[1,2,3,4,5]}""");

        Assert.Equal(ExecutionStatus.TimedOut, result.Status);
        Assert.Equal(10, EngineHarness.SecondsSinceStart(result.StopDate));
        Assert.Equal(3, EngineHarness.OfType(result, StorageOps.StatesLanguage.History.HistoryEventType.MapIterationStarted).Count());
    }
}
