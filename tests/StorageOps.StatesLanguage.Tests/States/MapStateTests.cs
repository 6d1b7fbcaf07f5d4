using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Tests.Support;

namespace StorageOps.StatesLanguage.Tests.States;

public sealed class MapStateTests
{
    [Fact]
    public async Task Run_WithItemsPathAndItemSelector_ShouldProcessEveryItemWithTheMapContext()
    {
        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","ItemSelector":{"index.$":"$$.Map.Item.Index","value.$":"$$.Map.Item.Value","tag.$":"$.tag"},
              "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"ResultPath":"$.results","End":true}}}
            """, """{"items":["a","b"],"tag":"t"}""");

        Assert.Equal("""{"items":["a","b"],"tag":"t","results":[{"index":0,"value":"a","tag":"t"},{"index":1,"value":"b","tag":"t"}]}""", EngineHarness.Output(result));
    }

    [Fact]
    public async Task Run_WithIteratorAndParameters_ShouldBehaveLikeItemProcessorAndItemSelector()
    {
        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","Parameters":{"v.$":"$$.Map.Item.Value"},
              "Iterator":{"StartAt":"P","States":{"P":{"Type":"Pass","OutputPath":"$.v","End":true}}},"End":true}}}
            """, "[1,2,3]");

        Assert.Equal("[1,2,3]", EngineHarness.Output(result));
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 40)]
    [InlineData(2, 20)]
    public async Task Run_WithMaxConcurrency_ShouldBoundHowManyIterationsWaitAtOnce(int maxConcurrency, double expectedSeconds)
    {
        var result = await new EngineHarness().RunAsync($$$$$"""
            {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":{{{{{maxConcurrency}}}}},
              "ItemProcessor":{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":10,"End":true}}},"End":true}}}
            """, "[1,2,3,4]");

        Assert.Equal(expectedSeconds, EngineHarness.SecondsSinceStart(result.StopDate));
        Assert.Equal("[1,2,3,4]", EngineHarness.Output(result));
    }

    [Fact]
    public async Task Run_WithMaxConcurrencyPath_ShouldReadTheLimitFromTheInput()
    {
        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","MaxConcurrencyPath":"$.limit",
              "ItemProcessor":{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":10,"End":true}}},"End":true}}}
            """, """{"items":[1,2,3],"limit":1}""");

        Assert.Equal(30, EngineHarness.SecondsSinceStart(result.StopDate));
    }

    [Fact]
    public async Task Run_ShouldEmitMapAndIterationEvents()
    {
        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """, "[1,2]");

        Assert.Equal(
            [
                "ExecutionStarted", "MapStateEntered:M", "MapStateStarted",
                "MapIterationStarted", "PassStateEntered:P", "PassStateExited:P", "MapIterationSucceeded",
                "MapIterationStarted", "PassStateEntered:P", "PassStateExited:P", "MapIterationSucceeded",
                "MapStateSucceeded", "MapStateExited:M", "ExecutionSucceeded",
            ],
            EngineHarness.Trace(result));
        var started = EngineHarness.OfType(result, HistoryEventType.MapStateStarted).Single();
        Assert.Equal("""{"length":2}""", started.Details!.ToJson().ToJsonString());
        Assert.Equal(
            ["""{"name":"M","index":0}""", """{"name":"M","index":1}"""],
            EngineHarness.OfType(result, HistoryEventType.MapIterationStarted).Select(e => e.Details!.ToJson().ToJsonString()));
    }

    [Fact]
    public async Task Run_WhenAnIterationFails_ShouldFailTheMapWithThatErrorUnlessCaught()
    {
        const string Definition = """
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":2,"Next":"F"}],"Default":"P"},
              "F":{"Type":"Fail","Error":"Item.Bad","Cause":"two"},"P":{"Type":"Pass","End":true}}},CATCH"End":true}}}
            """;

        var failed = await new EngineHarness().RunAsync(Definition.Replace("CATCH", string.Empty, StringComparison.Ordinal), "[1,2,3]");
        var caught = await new EngineHarness().RunAsync(
            Definition.Replace("CATCH", "\"Catch\":[{\"ErrorEquals\":[\"Item.Bad\"],\"Next\":\"Handled\"}],", StringComparison.Ordinal)
                .Replace("\"End\":true}}}", "\"End\":true},\"Handled\":{\"Type\":\"Succeed\"}}}", StringComparison.Ordinal),
            "[1,2,3]");

        Assert.Equal(("Item.Bad", "two"), (failed.Error, failed.Cause));
        Assert.Contains("MapIterationFailed", EngineHarness.Trace(failed));
        Assert.Contains("MapStateFailed", EngineHarness.Trace(failed));
        Assert.Equal("""{"Error":"Item.Bad","Cause":"two"}""", EngineHarness.Output(caught));
    }

    [Fact]
    public async Task Run_WhenItemsPathIsNotAnArray_ShouldFailWithStatesRuntime()
    {
        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """, """{"items":"nope"}""");

        Assert.Equal(("States.Runtime", "State 'M': ItemsPath '$.items' must point at an array in the input"), (result.Error, result.Cause));
    }

    [Fact]
    public async Task Run_WithResultSelector_ShouldShapeTheArrayOfResults()
    {
        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ResultSelector":{"count.$":"States.ArrayLength($)"},"ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """, "[1,2,3]");

        Assert.Equal("""{"count":3}""", EngineHarness.Output(result));
    }

    [Fact]
    public async Task Run_Distributed_ShouldRunChildExecutionsOutsideTheParentHistory()
    {
        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
              "StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"doubled.$":"States.MathAdd($, $)"},"End":true}}},"End":true}}}
            """, "[1,2]");

        Assert.Equal("""[{"doubled":2},{"doubled":4}]""", EngineHarness.Output(result));
        Assert.Equal(
            ["ExecutionStarted", "MapStateEntered:M", "MapStateStarted", "MapRunStarted", "MapRunSucceeded", "MapStateSucceeded", "MapStateExited:M", "ExecutionSucceeded"],
            EngineHarness.Trace(result));
        var mapRunArn = EngineHarness.OfType(result, HistoryEventType.MapRunStarted).Single().Details!.ToJson()["mapRunArn"]!.GetValue<string>();
        Assert.StartsWith("arn:aws:states:us-east-1:123456789012:mapRun:StateMachine/M:", mapRunArn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DistributedWithItemBatcher_ShouldGiveEachChildABatchWithBatchInput()
    {
        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","ItemBatcher":{"MaxItemsPerBatch":2,"BatchInput":{"owner.$":"$.owner"}},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """, """{"items":[1,2,3],"owner":"me"}""");

        Assert.Equal("""[{"BatchInput":{"owner":"me"},"Items":[1,2]},{"BatchInput":{"owner":"me"},"Items":[3]}]""", EngineHarness.Output(result));
    }

    [Theory]
    [InlineData("", "States.ExceedToleratedFailureThreshold")]
    [InlineData("\"ToleratedFailureCount\":1,", null)]
    [InlineData("\"ToleratedFailurePercentage\":50,", null)]
    [InlineData("\"ToleratedFailurePercentage\":10,", "States.ExceedToleratedFailureThreshold")]
    public async Task Run_DistributedWithFailures_ShouldFailOnlyPastTheToleratedThreshold(string tolerance, string? expectedError)
    {
        var result = await new EngineHarness().RunAsync($$$$$"""
            {"StartAt":"M","States":{"M":{"Type":"Map",{{{{{tolerance}}}}}"ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED"},"StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":2,"Next":"F"}],"Default":"P"},
              "F":{"Type":"Fail","Error":"Item.Bad","Cause":"two"},"P":{"Type":"Pass","End":true}}},"End":true}}}
            """, "[1,2,3]");

        Assert.Equal(expectedError, result.Error);
        if (expectedError is null)
        {
            Assert.Equal("""[1,{"Error":"Item.Bad","Cause":"two"},3]""", EngineHarness.Output(result));
        }
        else
        {
            Assert.Contains("MapRunFailed", EngineHarness.Trace(result));
        }
    }

    [Fact]
    public void Parse_WhenDistributedOnlyFieldsAreOnAnInlineMap_ShouldNameThem()
    {
        var problems = StateMachineDefinition.Validate("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ToleratedFailureCount":1,"ItemBatcher":{"MaxItemsPerBatch":2},"ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """);

        Assert.Equal(
            [
                "State 'M': field 'ItemBatcher' is allowed only in a distributed Map (ItemProcessor.ProcessorConfig.Mode \"DISTRIBUTED\")",
                "State 'M': field 'ToleratedFailureCount' is allowed only in a distributed Map (ItemProcessor.ProcessorConfig.Mode \"DISTRIBUTED\")",
            ],
            problems.Select(p => p.Message));
    }

    [Fact]
    public void Parse_WhenTheItemProcessorIsMissingOrInvalid_ShouldReportEveryProblem()
    {
        var problems = StateMachineDefinition.Validate("""
            {"StartAt":"M","States":{"M":{"Type":"Map","End":true},"N":{"Type":"Map","ItemProcessor":{"StartAt":"X","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """);

        Assert.Equal(
            ["State 'M': field 'ItemProcessor' is required (or its older name, Iterator)", "State 'N': field 'ItemProcessor.StartAt' refers to state 'X', which does not exist"],
            problems.Select(p => p.Message));
    }

    [Fact]
    public async Task Run_WithALambdaTaskPerItem_ShouldInvokeOncePerItem()
    {
        var harness = new EngineHarness();
        harness.Lambda.On(Machines.LambdaArn, payload => JsonValue.Create(payload!.GetValue<int>() * 10));

        var result = await harness.RunAsync($$$$$"""
            {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":2,"ItemProcessor":{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"{{{{{Machines.LambdaArn}}}}}","End":true}}},"End":true}}}
            """, "[1,2,3]");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("[10,20,30]", EngineHarness.Output(result));
        Assert.Equal(3, harness.Lambda.Calls.Count);
    }

    [Fact]
    public async Task ExportHistoryJson_ShouldNameMapDetailsAsGetExecutionHistoryDoes()
    {
        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """, "[7]");

        var events = JsonNode.Parse(result.ExportHistoryJson())!["events"]!.AsArray();

        Assert.Equal("""{"length":1}""", events.Single(e => (string?)e!["type"] == "MapStateStarted")!["mapStateStartedEventDetails"]!.ToJsonString());
        Assert.Equal("""{"name":"M","index":0}""", events.Single(e => (string?)e!["type"] == "MapIterationSucceeded")!["mapIterationSucceededEventDetails"]!.ToJsonString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"MaxConcurrency\":20000,")]
    public async Task Run_WhenADistributedMapHasMoreItemsThanTenThousand_ShouldRunAtMostTenThousandChildrenAtOnce(string maxConcurrency)
    {
        var items = "[" + string.Join(",", Enumerable.Repeat("0", MapStateMaxChildren + 1)) + "]";

        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map",MAX"ItemsPath":"$.items","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED"},
              "StartAt":"W","States":{"W":{"Type":"Wait","Seconds":10,"End":true}}},"ResultPath":null,"End":true}}}
            """.Replace("MAX", maxConcurrency, StringComparison.Ordinal), "{\"items\":" + items + "}");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(20, EngineHarness.SecondsSinceStart(result.StopDate));
    }

    private const int MapStateMaxChildren = StorageOps.StatesLanguage.States.MapState.MaxConcurrentChildExecutions;
}
