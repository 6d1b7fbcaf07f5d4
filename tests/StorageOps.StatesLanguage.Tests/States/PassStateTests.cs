using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Tests.Support;

namespace StorageOps.StatesLanguage.Tests.States;

public sealed class PassStateTests
{
    [Fact]
    public async Task Run_WhenPassHasNoFields_ShouldOutputItsInput()
    {
        var result = await new EngineHarness().RunAsync(Machines.Single("""{"Type":"Pass","End":true}"""), """{"a":1}""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"a":1}""", EngineHarness.Output(result));
        Assert.Equal(["ExecutionStarted", "PassStateEntered:S", "PassStateExited:S", "ExecutionSucceeded"], EngineHarness.Trace(result));
    }

    [Fact]
    public async Task Run_WhenPassHasResultAndResultPath_ShouldMatchTheSpecExample()
    {
        var result = await new EngineHarness().RunAsync(
            Machines.Single("""{"Type":"Pass","Result":{"x-datum":0.381018,"y-datum":622.2269926397355},"ResultPath":"$.coords","End":true}"""),
            """{"georefOf":"Home"}""");

        Assert.Equal("""{"georefOf":"Home","coords":{"x-datum":0.381018,"y-datum":622.2269926397355}}""", EngineHarness.Output(result));
    }

    [Fact]
    public async Task Run_WhenPassHasParameters_ShouldBuildTheResultFromTheTemplate()
    {
        var result = await new EngineHarness().RunAsync(
            Machines.Single("""{"Type":"Pass","Parameters":{"flagged":true,"parts":{"first.$":"$.vals[0]","count.$":"$.flagged"},"list":[{"v.$":"$.vals[1]"}]},"End":true}"""),
            """{"flagged":7,"vals":[0,10,20,30,40,50]}""");

        Assert.Equal("""{"flagged":true,"parts":{"first":0,"count":7},"list":[{"v":10}]}""", EngineHarness.Output(result));
    }

    [Fact]
    public async Task Run_WhenPassHasResultAndParameters_ShouldPreferResult()
    {
        var result = await new EngineHarness().RunAsync(
            Machines.Single("""{"Type":"Pass","Parameters":{"p":1},"Result":"fixed","End":true}"""), """{"a":1}""");

        Assert.Equal("\"fixed\"", EngineHarness.Output(result));
    }

    [Fact]
    public async Task Run_WhenPassChainsStates_ShouldRecordEachStateInputAndOutput()
    {
        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Result":1,"ResultPath":"$.a","Next":"B"},
              "B":{"Type":"Pass","Result":2,"ResultPath":"$.b","End":true}}}
            """);

        var exits = EngineHarness.OfType(result, HistoryEventType.PassStateExited).Select(e => ((StateExitedEventDetails)e.Details!).Output);
        var entries = EngineHarness.OfType(result, HistoryEventType.PassStateEntered).Select(e => ((StateEnteredEventDetails)e.Details!).Input);
        Assert.Equal(["""{"a":1}""", """{"a":1,"b":2}"""], exits);
        Assert.Equal(["{}", """{"a":1}"""], entries);
    }
}
