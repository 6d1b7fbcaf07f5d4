using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.Tests.Support;

namespace StorageOps.StatesLanguage.Tests.States;

public sealed class TaskStateTests
{
    private static JsonNode Add(JsonNode? payload) => JsonValue.Create(payload!["val1"]!.GetValue<int>() + payload["val2"]!.GetValue<int>());

    [Fact]
    public async Task Run_WhenPathsAreSetAsInTheSpecExample_ShouldInsertTheSumIntoTheInput()
    {
        var harness = new EngineHarness();
        harness.Lambda.On(Machines.LambdaArn, Add);

        var result = await harness.RunAsync(
            Machines.Single($$"""{"Type":"Task","Resource":"{{Machines.LambdaArn}}","InputPath":"$.numbers","ResultPath":"$.sum","OutputPath":"$","End":true}"""),
            """{"title":"Numbers to add","numbers":{"val1":3,"val2":4}}""");

        Assert.Equal("""{"title":"Numbers to add","numbers":{"val1":3,"val2":4},"sum":7}""", EngineHarness.Output(result));
        Assert.Equal([(Machines.LambdaArn, """{"val1":3,"val2":4}""")], harness.Lambda.Calls.Select(call => (call.FunctionName, call.Payload)));
    }

    [Fact]
    public async Task Run_WhenOutputPathSelectsPartOfTheCombination_ShouldOutputOnlyThatPart()
    {
        var harness = new EngineHarness();
        harness.Lambda.On(Machines.LambdaArn, Add);

        var result = await harness.RunAsync(
            Machines.Single($$"""{"Type":"Task","Resource":"{{Machines.LambdaArn}}","InputPath":"$.lambda","ResultPath":"$.data.lambdaresult","OutputPath":"$.data","End":true}"""),
            """{"comment":"x","lambda":{"val1":1,"val2":2},"data":{"status":"ok"}}""");

        Assert.Equal("""{"status":"ok","lambdaresult":3}""", EngineHarness.Output(result));
    }

    [Fact]
    public async Task Run_WhenResultSelectorIsSet_ShouldShapeTheResultBeforeResultPath()
    {
        var harness = new EngineHarness();
        harness.Lambda.On(Machines.LambdaArn, _ => JsonNode.Parse("""{"output":{"ClusterId":"j-1","Extra":true},"resourceType":"elasticmapreduce"}"""));

        var result = await harness.RunAsync(
            Machines.Single($$"""{"Type":"Task","Resource":"{{Machines.LambdaArn}}","ResultSelector":{"ClusterId.$":"$.output.ClusterId","ResourceType.$":"$.resourceType","Fixed":1},"ResultPath":"$.cluster","End":true}"""),
            """{"req":1}""");

        Assert.Equal("""{"req":1,"cluster":{"ClusterId":"j-1","ResourceType":"elasticmapreduce","Fixed":1}}""", EngineHarness.Output(result));
    }

    [Fact]
    public async Task Run_WhenResultPathIsNull_ShouldDiscardTheResult()
    {
        var harness = new EngineHarness();
        harness.Lambda.On(Machines.LambdaArn, _ => JsonValue.Create("ignored"));

        var result = await harness.RunAsync(Machines.Single($$"""{"Type":"Task","Resource":"{{Machines.LambdaArn}}","ResultPath":null,"End":true}"""), """{"a":1}""");

        Assert.Equal("""{"a":1}""", EngineHarness.Output(result));
    }

    [Fact]
    public async Task Run_WhenInputPathIsNull_ShouldSendAnEmptyObject()
    {
        var harness = new EngineHarness();
        harness.Lambda.On(Machines.LambdaArn, payload => payload);

        var result = await harness.RunAsync(Machines.Single($$"""{"Type":"Task","Resource":"{{Machines.LambdaArn}}","InputPath":null,"OutputPath":null,"End":true}"""), """{"a":1}""");

        Assert.Equal("{}", harness.Lambda.Calls.Single().Payload);
        Assert.Equal("{}", EngineHarness.Output(result));
    }

    [Fact]
    public async Task Run_WhenParametersUseTheContextObject_ShouldPassExecutionAndStateDetails()
    {
        var harness = new EngineHarness();
        harness.Lambda.On(Machines.LambdaArn, payload => payload);
        var options = new ExecutionOptions
        {
            ExecutionName = "req-1",
            StateMachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:provision-file-system",
        };

        var result = await harness.RunAsync(
            """
            {"StartAt":"Hold","States":{
              "Hold":{"Type":"Wait","Seconds":5,"Next":"Call"},
              "Call":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Worker","End":true,"Parameters":{
                "id.$":"$$.Execution.Id","name.$":"$$.Execution.Name","input.$":"$$.Execution.Input","start.$":"$$.Execution.StartTime",
                "state.$":"$$.State.Name","entered.$":"$$.State.EnteredTime","retries.$":"$$.State.RetryCount",
                "machine.$":"$$.StateMachine.Id","machineName.$":"$$.StateMachine.Name"}}}}
            """,
            """{"requestId":"r"}""",
            options);

        Assert.Equal(
            """{"id":"arn:aws:states:us-east-1:123456789012:execution:provision-file-system:req-1","name":"req-1","input":{"requestId":"r"},"start":"2026-01-01T00:00:00.000Z","state":"Call","entered":"2026-01-01T00:00:05.000Z","retries":0,"machine":"arn:aws:states:us-east-1:123456789012:stateMachine:provision-file-system","machineName":"provision-file-system"}""",
            EngineHarness.Output(result));
        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:provision-file-system:req-1", result.ExecutionArn);
    }

    [Fact]
    public async Task Run_WhenParametersPathMatchesNothing_ShouldFailWithStatesRuntimeNamingStateAndPath()
    {
        var harness = new EngineHarness();
        harness.Lambda.On(Machines.LambdaArn, payload => payload);

        var result = await harness.RunAsync(
            Machines.Single($$"""{"Type":"Task","Resource":"{{Machines.LambdaArn}}","Parameters":{"id.$":"$.missing"},"End":true,"Catch":[{"ErrorEquals":["States.ALL"],"Next":"S"}]}"""));

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Runtime", result.Error);
        Assert.Equal("State 'S': the JSONPath '$.missing' specified for the field 'id.$' could not be found in the input", result.Cause);
        Assert.Empty(harness.Lambda.Calls);
    }

    [Fact]
    public async Task Run_WhenResourceIsAnUnknownServiceIntegration_ShouldFailNamingStateAndResource()
    {
        var result = await new EngineHarness().RunAsync(Machines.Single("""{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","Parameters":{"MessageBody":"m"},"End":true}"""));

        Assert.Equal("States.Runtime", result.Error);
        Assert.Equal(
            "State 'S': resource 'arn:aws:states:::sqs:sendMessage' is not supported yet (supported: 'arn:aws:states:::lambda:invoke', 'arn:aws:lambda:REGION:ACCOUNT:function:NAME', "
            + "'arn:aws:states:::sns:publish', 'arn:aws:states:::events:putEvents', 'arn:aws:states:::states:startExecution'; a mock configuration can answer any other resource)",
            result.Cause);
    }

    [Fact]
    public async Task Run_WhenTaskTakesLongerThanTimeoutSecondsInVirtualTime_ShouldFailWithStatesTimeout()
    {
        var harness = new EngineHarness();
        harness.Lambda.OnAsync(Machines.LambdaArn, async (_, token) =>
        {
            await harness.Clock.WaitAsync(TimeSpan.FromSeconds(30), token);
            return new StorageOps.StatesLanguage.Lambda.LambdaInvocationResult(JsonValue.Create("late"), null);
        });

        var result = await harness.RunAsync(Machines.Single($$"""{"Type":"Task","Resource":"{{Machines.LambdaArn}}","TimeoutSeconds":10,"End":true}"""));

        Assert.Equal(("States.Timeout", "State 'S': the task did not complete within TimeoutSeconds (10)"), (result.Error, result.Cause));
        Assert.Equal(10, EngineHarness.SecondsSinceStart(result.StopDate));
        Assert.Equal(
            ["ExecutionStarted", "TaskStateEntered:S", "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionTimedOut", "ExecutionFailed"],
            EngineHarness.Trace(result));
    }

    [Fact]
    public async Task Run_WhenTaskFinishesWithinTimeoutSeconds_ShouldSucceed()
    {
        var harness = new EngineHarness();
        harness.Lambda.OnAsync(Machines.LambdaArn, async (_, token) =>
        {
            await harness.Clock.WaitAsync(TimeSpan.FromSeconds(5), token);
            return new StorageOps.StatesLanguage.Lambda.LambdaInvocationResult(JsonValue.Create("on time"), null);
        });

        var result = await harness.RunAsync(Machines.Single($$"""{"Type":"Task","Resource":"{{Machines.LambdaArn}}","TimeoutSecondsPath":"$.limit","End":true}"""), """{"limit":10}""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("\"on time\"", EngineHarness.Output(result));
        Assert.Equal(5, EngineHarness.SecondsSinceStart(result.StopDate));
    }
}
