using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.Lambda;
using StorageOps.StatesLanguage.Tests.Support;

namespace StorageOps.StatesLanguage.Tests.Execution;

public sealed class ChildExecutionResultTests
{
    private const string Doubling = """
        {"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
          "StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"doubled.$":"States.MathAdd($, $)"},"End":true}}},"End":true}}}
        """;

    private const string FailingTwo = """
        {"StartAt":"M","States":{"M":{"Type":"Map",TOLERANCE"ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED"},"StartAt":"C","States":{
          "C":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":2,"Next":"F"}],"Default":"P"},
          "F":{"Type":"Fail","Error":"Item.Bad","Cause":"two"},"P":{"Type":"Pass","End":true}}},"End":true}}}
        """;

    [Fact]
    public async Task Run_WhenADistributedMapSucceeds_ShouldKeepEveryChildsResultAndOwnHistory()
    {
        var result = await new EngineHarness().RunAsync(Doubling, "[1,2]");

        var mapRun = Assert.Single(result.MapRuns);
        var mapRunArn = EngineHarness.OfType(result, StorageOps.StatesLanguage.History.HistoryEventType.MapRunStarted).Single().Details!.ToJson()["mapRunArn"]!.GetValue<string>();
        Assert.Equal(mapRunArn, mapRun.MapRunArn);
        Assert.Equal("M", mapRun.StateName);
        Assert.Equal(ExecutionStatus.Succeeded, mapRun.Status);
        Assert.Equal(2, mapRun.TotalChildren);
        Assert.Equal([0, 1], mapRun.ChildExecutions.Select(child => child.Index));
        var mapRunId = mapRunArn[(mapRunArn.LastIndexOf(':') + 1)..];
        var second = mapRun.ChildExecutions[1];
        Assert.Equal($"{mapRunId}:1", second.Name);
        Assert.Equal($"arn:aws:states:us-east-1:123456789012:execution:StateMachine/M:{mapRunId}:1", second.ExecutionArn);
        Assert.Equal(ExecutionStatus.Succeeded, second.Status);
        Assert.Equal("2", second.Input);
        Assert.Equal("""{"doubled":4}""", second.Output);
        Assert.Null(second.Error);
        Assert.Equal(["ExecutionStarted", "PassStateEntered:P", "PassStateExited:P", "ExecutionSucceeded"],
            second.History.Select(e => e.StateName is { } name ? $"{e.Type}:{name}" : e.Type.ToString()));
        Assert.Equal(4, second.HistoryEventCount);
        Assert.Equal(
            ["ExecutionStarted", "MapStateEntered:M", "MapStateStarted", "MapRunStarted", "MapRunSucceeded", "MapStateSucceeded", "MapStateExited:M", "ExecutionSucceeded"],
            EngineHarness.Trace(result));
    }

    [Fact]
    public async Task Run_WhenChildEventsAreObserved_ShouldReportEveryNestedChildsEventsWithItsNameAndNoneOfTheParents()
    {
        const string nested = """
            {"StartAt":"Outer","States":{"Outer":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
              "StartAt":"Inner","States":{"Inner":{"Type":"Map","ItemsPath":"$.items","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
                "StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}},"End":true}}}
            """;
        var observed = new System.Collections.Concurrent.ConcurrentQueue<(string Child, string Event)>();
        var parent = new System.Collections.Concurrent.ConcurrentQueue<string>();

        var result = await new EngineHarness().RunAsync(nested, """[{"items":[1,2]},{"items":[3]}]""", new ExecutionOptions
        {
            ExecutionName = "test-execution",
            OnEvent = historyEvent => parent.Enqueue(historyEvent.Type.ToString()),
            OnChildEvent = (child, historyEvent) => observed.Enqueue((child, historyEvent.StateName is { } name ? $"{historyEvent.Type}:{name}" : historyEvent.Type.ToString())),
        });

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var outer = Assert.Single(result.MapRuns).ChildExecutions;
        var inner = outer.SelectMany(child => child.MapRuns).SelectMany(run => run.ChildExecutions).ToList();
        Assert.Equal(3, inner.Count);
        foreach (var child in outer.Concat(inner))
        {
            Assert.Equal(child.History.Select(e => e.StateName is { } name ? $"{e.Type}:{name}" : e.Type.ToString()),
                observed.Where(entry => entry.Child == child.Name).Select(entry => entry.Event));
        }

        Assert.Equal(outer.Concat(inner).Sum(child => child.HistoryEventCount), observed.Count);
        Assert.Equal(result.History.Count, parent.Count);
    }

    [Fact]
    public async Task Run_WhenAChildFailsWithinTheTolerance_ShouldKeepItsErrorAndFailedHistory()
    {
        var result = await new EngineHarness().RunAsync(FailingTwo.Replace("TOLERANCE", "\"ToleratedFailureCount\":1,", StringComparison.Ordinal), "[1,2,3]");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var mapRun = Assert.Single(result.MapRuns);
        Assert.Equal(ExecutionStatus.Succeeded, mapRun.Status);
        Assert.Equal((2, 1, 0), (mapRun.SucceededCount, mapRun.FailedCount, mapRun.AbortedCount));
        var failed = mapRun.ChildExecutions[1];
        Assert.Equal((ExecutionStatus.Failed, "Item.Bad", "two"), (failed.Status, failed.Error, failed.Cause));
        Assert.Null(failed.Output);
        Assert.Equal(["ExecutionStarted", "ChoiceStateEntered:C", "ChoiceStateExited:C", "FailStateEntered:F", "ExecutionFailed"],
            failed.History.Select(e => e.StateName is { } name ? $"{e.Type}:{name}" : e.Type.ToString()));
        Assert.Equal("""{"error":"Item.Bad","cause":"two"}""", failed.History[^1].Details!.ToJson().ToJsonString());
    }

    [Fact]
    public async Task Run_WhenFailuresExceedTheTolerance_ShouldRecordAFailedMapRunWithTheFailedChild()
    {
        var result = await new EngineHarness().RunAsync(FailingTwo.Replace("TOLERANCE", "", StringComparison.Ordinal), "[1,2,3]");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        var mapRun = Assert.Single(result.MapRuns);
        Assert.Equal(ExecutionStatus.Failed, mapRun.Status);
        Assert.Equal(3, mapRun.TotalChildren);
        Assert.Contains(mapRun.ChildExecutions, child => child is { Index: 1, Status: ExecutionStatus.Failed, Error: "Item.Bad" });
        Assert.All(mapRun.ChildExecutions, child => Assert.NotEqual(ExecutionStatus.TimedOut, child.Status));
    }

    [Fact]
    public async Task Run_WithAnItemBatcher_ShouldKeepOneChildPerBatchWithTheBatchAsInput()
    {
        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","ItemBatcher":{"MaxItemsPerBatch":2,"BatchInput":{"owner.$":"$.owner"}},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """, """{"items":[1,2,3],"owner":"me"}""");

        var mapRun = Assert.Single(result.MapRuns);
        Assert.Equal(2, mapRun.TotalChildren);
        Assert.Equal(["""{"BatchInput":{"owner":"me"},"Items":[1,2]}""", """{"BatchInput":{"owner":"me"},"Items":[3]}"""],
            mapRun.ChildExecutions.Select(child => child.Input));
        Assert.Equal(mapRun.ChildExecutions.Select(child => child.Input), mapRun.ChildExecutions.Select(child => child.Output));
    }

    [Fact]
    public async Task History_OfAChildWithRetriedLambdaTasks_ShouldEqualTheSameProcessorRunAsItsOwnExecution()
    {
        const string processor = """
            "StartAt":"T","States":{"T":{"Type":"Task","Resource":"LAMBDA","TimeoutSeconds":30,
              "Retry":[{"ErrorEquals":["States.ALL"],"IntervalSeconds":5}],"Next":"W"},"W":{"Type":"Wait","Seconds":7,"End":true}}
            """;
        async Task<ExecutionResult> RunAsync(string definition, string input, string name)
        {
            var harness = new EngineHarness();
            var calls = 0;
            harness.Lambda.OnResult(Machines.LambdaArn, payload => Interlocked.Increment(ref calls) % 2 == 1
                ? new LambdaInvocationResult(JsonNode.Parse("""{"errorType":"Boom","errorMessage":"first call"}"""), "Unhandled")
                : new LambdaInvocationResult(payload, null));
            definition = definition.Replace("LAMBDA", Machines.LambdaArn, StringComparison.Ordinal);
            return await harness.Engine.RunAsync(StateMachineDefinition.Parse(definition), JsonNode.Parse(input), new ExecutionOptions { ExecutionName = name });
        }

        var parent = await RunAsync("""{"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED"},""" + processor + "},\"End\":true}}}", """[{"a":1}]""", "parent");
        var child = Assert.Single(Assert.Single(parent.MapRuns).ChildExecutions);
        var alone = await RunAsync("{" + processor + "}", """{"a":1}""", "alone");

        Assert.Equal(alone.ExportHistoryJson(), child.ExportHistoryJson());
        Assert.Contains("LambdaFunctionFailed", child.ExportHistoryJson(), StringComparison.Ordinal);
        Assert.Equal(alone.StopDate - alone.StartDate, child.StopDate - child.StartDate);
        Assert.True(child.PackedHistoryBytes < System.Text.Encoding.UTF8.GetByteCount(child.ExportHistoryJson()));
    }

    [Fact]
    public async Task Run_WhenADistributedMapRunsInsideAChild_ShouldKeepTheNestedMapRunOnTheChild()
    {
        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"Outer","States":{"Outer":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED"},"StartAt":"Inner","States":{
              "Inner":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}},"End":true}}}
            """, "[[1,2],[3]]");

        var outer = Assert.Single(result.MapRuns);
        Assert.Equal("Outer", outer.StateName);
        Assert.Equal([2, 1], outer.ChildExecutions.Select(child => Assert.Single(child.MapRuns).ChildExecutions.Count));
        Assert.Equal("Inner", outer.ChildExecutions[0].MapRuns[0].StateName);
    }

    [Fact]
    public async Task Run_WithAnInlineMap_ShouldHaveNoMapRuns()
    {
        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """, "[1]");

        Assert.Empty(result.MapRuns);
    }
}
