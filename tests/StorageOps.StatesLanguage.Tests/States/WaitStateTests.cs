using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Tests.Support;

namespace StorageOps.StatesLanguage.Tests.States;

public sealed class WaitStateTests
{
    private static double ExitSeconds(ExecutionResult result) =>
        EngineHarness.SecondsSinceStart(EngineHarness.OfType(result, HistoryEventType.WaitStateExited).Single().Timestamp);

    [Fact]
    public async Task Run_WhenWaitHasSeconds_ShouldExitThatMuchVirtualTimeLater()
    {
        var result = await new EngineHarness().RunAsync(Machines.Single("""{"Type":"Wait","Seconds":1800,"End":true}"""), """{"k":"v"}""");

        Assert.Equal(1800, ExitSeconds(result));
        Assert.Equal(EngineHarness.Start.AddMinutes(30), result.StopDate);
        Assert.Equal(EngineHarness.Start, result.StartDate);
        Assert.Equal("""{"k":"v"}""", EngineHarness.Output(result));
        Assert.Equal(["ExecutionStarted", "WaitStateEntered:S", "WaitStateExited:S", "ExecutionSucceeded"], EngineHarness.Trace(result));
    }

    [Fact]
    public async Task Run_WhenWaitHasSecondsPath_ShouldWaitForTheInputsValue()
    {
        var result = await new EngineHarness().RunAsync(Machines.Single("""{"Type":"Wait","SecondsPath":"$.poll.wait","End":true}"""), """{"poll":{"wait":42}}""");

        Assert.Equal(42, ExitSeconds(result));
    }

    [Fact]
    public async Task Run_WhenWaitHasTimestamp_ShouldWaitUntilThatInstant()
    {
        var result = await new EngineHarness().RunAsync(Machines.Single("""{"Type":"Wait","Timestamp":"2026-01-01T01:00:00Z","End":true}"""));

        Assert.Equal(3600, ExitSeconds(result));
    }

    [Fact]
    public async Task Run_WhenWaitHasTimestampPathWithOffset_ShouldConvertToUtc()
    {
        var result = await new EngineHarness().RunAsync(
            Machines.Single("""{"Type":"Wait","TimestampPath":"$.until","End":true}"""), """{"until":"2026-01-01T02:00:30+02:00"}""");

        Assert.Equal(30, ExitSeconds(result));
    }

    [Fact]
    public async Task Run_WhenTimestampIsInThePast_ShouldNotWait()
    {
        var result = await new EngineHarness().RunAsync(Machines.Single("""{"Type":"Wait","Timestamp":"2016-03-14T01:59:00Z","End":true}"""));

        Assert.Equal(0, ExitSeconds(result));
    }

    [Fact]
    public async Task Run_WhenSecondsPathIsNotAnInteger_ShouldFailWithStatesRuntime()
    {
        var result = await new EngineHarness().RunAsync(Machines.Single("""{"Type":"Wait","SecondsPath":"$.wait","End":true}"""), """{"wait":"soon"}""");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Runtime", result.Error);
        Assert.Equal("State 'S': SecondsPath '$.wait' must point at a non-negative integer, but found \"soon\"", result.Cause);
    }

    [Fact]
    public async Task Run_WhenSecondsPathMatchesNothing_ShouldFailNamingStateAndPath()
    {
        var result = await new EngineHarness().RunAsync(Machines.Single("""{"Type":"Wait","SecondsPath":"$.wait","End":true}"""));

        Assert.Equal(("States.Runtime", "State 'S': SecondsPath '$.wait' matched nothing in the input"), (result.Error, result.Cause));
    }

    [Fact]
    public async Task Run_WhenSecondsPathReachesPastTheLastRepresentableInstant_ShouldFailWithStatesRuntimeNamingTheField()
    {
        var result = await new EngineHarness().RunAsync(Machines.Single("""{"Type":"Wait","SecondsPath":"$.s","End":true}"""), """{"s":9223372036854775807}""");

        Assert.Equal(
            ("States.Runtime", "State 'S': SecondsPath '$.s' asks to wait 9223372036854775807 seconds, past the latest timestamp the execution can reach (9999-12-31T23:59:59.999Z)"),
            (result.Error, result.Cause));
    }

    [Fact]
    public async Task Run_WhenSecondsFollowAWaitUntilTheLastTimestamp_ShouldFailWithStatesRuntimeNamingTheState()
    {
        var result = await new EngineHarness().RunAsync(
            """{"StartAt":"Last","States":{"Last":{"Type":"Wait","Timestamp":"9999-12-31T23:59:59Z","Next":"More"},"More":{"Type":"Wait","Seconds":10,"End":true}}}""");

        Assert.Equal(
            ("States.Runtime", "State 'More': Seconds asks to wait 10 seconds, past the latest timestamp the execution can reach (9999-12-31T23:59:59.999Z)"),
            (result.Error, result.Cause));
    }
}
