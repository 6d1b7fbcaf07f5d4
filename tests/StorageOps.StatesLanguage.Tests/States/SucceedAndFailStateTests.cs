using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Tests.Support;

namespace StorageOps.StatesLanguage.Tests.States;

public sealed class SucceedAndFailStateTests
{
    [Fact]
    public async Task Run_WhenSucceedHasOutputPath_ShouldEndWithTheSelectedOutput()
    {
        var result = await new EngineHarness().RunAsync(Machines.Single("""{"Type":"Succeed","OutputPath":"$.keep"}"""), """{"keep":{"x":1},"drop":2}""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"x":1}""", EngineHarness.Output(result));
        Assert.Equal(["ExecutionStarted", "SucceedStateEntered:S", "SucceedStateExited:S", "ExecutionSucceeded"], EngineHarness.Trace(result));
    }

    [Fact]
    public async Task Run_WhenFailHasErrorAndCause_ShouldFailTheExecutionWithThem()
    {
        var result = await new EngineHarness().RunAsync(Machines.Single("""{"Type":"Fail","Error":"StorageOps.DeadlineExceeded","Cause":"gave up"}"""));

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(("StorageOps.DeadlineExceeded", "gave up"), (result.Error, result.Cause));
        Assert.Null(result.Output);
        Assert.Equal(["ExecutionStarted", "FailStateEntered:S", "ExecutionFailed"], EngineHarness.Trace(result));
        var failed = (ExecutionFailedEventDetails)result.History[^1].Details!;
        Assert.Equal(("StorageOps.DeadlineExceeded", "gave up"), (failed.Error, failed.Cause));
    }

    [Fact]
    public async Task Run_WhenFailHasErrorPathAndCausePath_ShouldReadThemFromTheInput()
    {
        var result = await new EngineHarness().RunAsync(
            Machines.Single("""{"Type":"Fail","ErrorPath":"$.failure.Error","CausePath":"States.Format('code {}', $.failure.code)"}"""),
            """{"failure":{"Error":"Custom.Error","code":7}}""");

        Assert.Equal(("Custom.Error", "code 7"), (result.Error, result.Cause));
    }

    [Fact]
    public async Task Run_WhenErrorPathIsNotAString_ShouldFailWithStatesRuntime()
    {
        var result = await new EngineHarness().RunAsync(Machines.Single("""{"Type":"Fail","ErrorPath":"$.e"}"""), """{"e":5}""");

        Assert.Equal(("States.Runtime", "State 'S': ErrorPath must produce a string, but produced 5"), (result.Error, result.Cause));
    }
}
