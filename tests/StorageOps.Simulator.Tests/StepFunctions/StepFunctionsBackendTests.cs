using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.StepFunctions;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.StepFunctions;

public sealed class StepFunctionsBackendTests
{
    private const string Definition = """{"StartAt":"Done","States":{"Done":{"Type":"Succeed"}}}""";
    private const string Role = "arn:aws:iam::123456789012:role/states";
    private static readonly AccountRegion Scope = new("123456789012", "eu-west-1");
    private readonly ManualTimeProvider clock = new();
    private readonly StepFunctionsBackend backend;
    private readonly StateMachineRecord machine;

    public StepFunctionsBackendTests()
    {
        backend = new StepFunctionsBackend(new SimulatorOptions { TimeProvider = clock });
        backend.UseRunner(new ScriptedExecutionRunner(clock));
        machine = backend.CreateStateMachine(Scope, "provision", Definition, Role, null);
    }

    [Fact]
    public void CreateStateMachine_WhenNew_ShouldBuildTheArnFromAccountRegionAndName()
    {
        Assert.Equal("arn:aws:states:eu-west-1:123456789012:stateMachine:provision", machine.StateMachineArn);
        Assert.Equal("STANDARD", machine.Type);
    }

    [Fact]
    public void CreateStateMachine_WhenNameIsTakenWithAnotherDefinition_ShouldThrowStateMachineAlreadyExists()
    {
        Assert.Same(machine, backend.CreateStateMachine(Scope, "provision", Definition, Role, null));

        var error = Assert.Throws<StepFunctionsException>(() => backend.CreateStateMachine(Scope, "provision", """{"StartAt":"X","States":{"X":{"Type":"Pass","End":true}}}""", Role, null));

        Assert.Equal("StateMachineAlreadyExists", error.ErrorCode);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("a:b")]
    [InlineData("")]
    [InlineData("star*")]
    public void StartExecution_WhenNameIsInvalid_ShouldThrowInvalidName(string name)
    {
        var error = Assert.Throws<StepFunctionsException>(() => backend.StartExecution(machine.StateMachineArn, name, "{}"));

        Assert.Equal("InvalidName", error.ErrorCode);
    }

    [Fact]
    public void StartExecution_WhenInputIsNotJson_ShouldThrowInvalidExecutionInput() =>
        Assert.Equal("InvalidExecutionInput", Assert.Throws<StepFunctionsException>(() => backend.StartExecution(machine.StateMachineArn, "x", "{nope")).ErrorCode);

    [Fact]
    public void StartExecution_WhenStateMachineIsUnknown_ShouldThrowStateMachineDoesNotExist() =>
        Assert.Equal("StateMachineDoesNotExist", Assert.Throws<StepFunctionsException>(() => backend.StartExecution("arn:aws:states:eu-west-1:123456789012:stateMachine:nope", "x", "{}")).ErrorCode);

    [Fact]
    public async Task StartExecution_WhenRunnerSucceeds_ShouldRecordOutputAndHistory()
    {
        var execution = backend.StartExecution(machine.StateMachineArn, "req-1", """{"a":1}""");
        await backend.WhenRunsCompleteAsync();

        var described = backend.DescribeExecution(execution.Start.ExecutionArn);
        Assert.Equal("arn:aws:states:eu-west-1:123456789012:execution:provision:req-1", described.Start.ExecutionArn);
        Assert.Equal(ExecutionStatuses.Succeeded, described.Status);
        Assert.Equal("""{"a":1}""", described.Outcome!.Output);
        Assert.Equal(["ExecutionStarted", "ExecutionSucceeded"], backend.GetExecutionHistory(execution.Start.ExecutionArn, null, false, null).Page.Select(e => (string?)e["type"]));
    }

    [Fact]
    public void StartExecution_WhenSameNameAndInputWhileRunning_ShouldReturnTheSameExecution()
    {
        var first = backend.StartExecution(machine.StateMachineArn, "req-1", """{"hold":true}""");

        var second = backend.StartExecution(machine.StateMachineArn, "req-1", """{"hold":true}""");

        Assert.Same(first, second);
        var different = Assert.Throws<StepFunctionsException>(() => backend.StartExecution(machine.StateMachineArn, "req-1", """{"hold":false}"""));
        Assert.Equal("ExecutionAlreadyExists", different.ErrorCode);
    }

    [Fact]
    public async Task StartExecution_WhenSameNameAfterTheExecutionClosed_ShouldThrowExecutionAlreadyExists()
    {
        backend.StartExecution(machine.StateMachineArn, "req-1", "{}");
        await backend.WhenRunsCompleteAsync();

        Assert.Equal("ExecutionAlreadyExists", Assert.Throws<StepFunctionsException>(() => backend.StartExecution(machine.StateMachineArn, "req-1", "{}")).ErrorCode);
    }

    [Fact]
    public async Task StopExecution_WhenRunning_ShouldAbortWithErrorAndCauseAndCancelTheRun()
    {
        var execution = backend.StartExecution(machine.StateMachineArn, "req-1", """{"hold":true}""");
        clock.Advance(TimeSpan.FromSeconds(30));

        var stopDate = backend.StopExecution(execution.Start.ExecutionArn, "Operator.Cancelled", "no longer needed");
        await backend.WhenRunsCompleteAsync();

        Assert.Equal(clock.GetUtcNow(), stopDate);
        var outcome = backend.DescribeExecution(execution.Start.ExecutionArn).Outcome!;
        Assert.Equal((ExecutionStatuses.Aborted, "Operator.Cancelled", "no longer needed"), (outcome.Status, outcome.Error, outcome.Cause));
        Assert.Equal("ExecutionAborted", (string?)backend.GetExecutionHistory(execution.Start.ExecutionArn, null, true, null).Page[0]["type"]);
    }

    [Fact]
    public async Task ListExecutions_WhenFilteredAndPaged_ShouldReturnNewestFirstUntilTheLastPage()
    {
        foreach (var name in new[] { "a", "b", "c" })
        {
            backend.StartExecution(machine.StateMachineArn, name, "{}");
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        backend.StartExecution(machine.StateMachineArn, "failing", """{"fail":"Boom"}""");
        await backend.WhenRunsCompleteAsync();

        var first = backend.ListExecutions(machine.StateMachineArn, ExecutionStatuses.Succeeded, 2, null);
        var second = backend.ListExecutions(machine.StateMachineArn, ExecutionStatuses.Succeeded, 2, first.NextToken);

        Assert.Equal(["c", "b"], first.Page.Select(execution => execution.Start.Name));
        Assert.Equal(["a"], second.Page.Select(execution => execution.Start.Name));
        Assert.Null(second.NextToken);
        Assert.Equal(["failing"], backend.ListExecutions(machine.StateMachineArn, ExecutionStatuses.Failed, null, null).Page.Select(execution => execution.Start.Name));
        Assert.Equal("InvalidToken", Assert.Throws<StepFunctionsException>(() => backend.ListExecutions(machine.StateMachineArn, null, null, "garbage")).ErrorCode);
    }

    [Fact]
    public void DescribeExecution_WhenArnIsMalformedOrUnknown_ShouldNameTheError()
    {
        Assert.Equal("InvalidArn", Assert.Throws<StepFunctionsException>(() => backend.DescribeExecution("not-an-arn")).ErrorCode);
        Assert.Equal("ExecutionDoesNotExist", Assert.Throws<StepFunctionsException>(() => backend.DescribeExecution("arn:aws:states:eu-west-1:123456789012:execution:provision:nope")).ErrorCode);
    }

    [Fact]
    public void StartExecution_WhenNoRunnerIsConfigured_ShouldStayRunning()
    {
        var idle = new StepFunctionsBackend(new SimulatorOptions { TimeProvider = clock });
        var idleMachine = idle.CreateStateMachine(Scope, "idle", Definition, Role, null);

        var execution = idle.StartExecution(idleMachine.StateMachineArn, "x", null);

        Assert.Equal(ExecutionStatuses.Running, idle.DescribeExecution(execution.Start.ExecutionArn).Status);
        Assert.Equal("{}", execution.Start.Input);
    }
}
