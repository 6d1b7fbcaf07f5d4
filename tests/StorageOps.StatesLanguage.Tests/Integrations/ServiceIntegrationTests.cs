using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Integrations;
using StorageOps.StatesLanguage.Tests.Support;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.StatesLanguage.Tests.Integrations;

public sealed class ServiceIntegrationTests
{
    [Fact]
    public async Task SnsPublish_ShouldReturnAMessageIdAndRecordTheCall()
    {
        var clock = new VirtualClock(EngineHarness.Start);
        var services = new RecordingServiceIntegrationInvoker(clock);
        var engine = new StateMachineEngine(clock, new ScriptedLambdaInvoker(clock), services);

        var result = await engine.RunAsync(StateMachineDefinition.Parse(Machines.Single("""
            {"Type":"Task","Resource":"arn:aws:states:::sns:publish","Parameters":{"TopicArn":"arn:aws:sns:us-east-1:123456789012:t","Message.$":"$.m"},"ResultSelector":{"id.$":"$.MessageId"},"End":true}
            """)), JsonNode.Parse("""{"m":"hello"}"""));

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Matches("^[0-9a-f-]{36}$", result.Output!["id"]!.GetValue<string>());
        var call = Assert.Single(services.Calls);
        Assert.Equal(("sns", "publish", """{"TopicArn":"arn:aws:sns:us-east-1:123456789012:t","Message":"hello"}"""), (call.Service, call.Action, call.Parameters!.ToJsonString()));
        Assert.Equal(
            ["ExecutionStarted", "TaskStateEntered:S", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited:S", "ExecutionSucceeded"],
            EngineHarness.Trace(result));
    }

    [Fact]
    public async Task EventsPutEvents_ShouldReturnOneEntryPerEventAndNoFailures()
    {
        var result = await new EngineHarness().RunAsync(Machines.Single("""
            {"Type":"Task","Resource":"arn:aws:states:::events:putEvents","Parameters":{"Entries":[{"Source":"a","DetailType":"b","Detail":{}},{"Source":"a","DetailType":"c","Detail":{}}]},
             "ResultSelector":{"count.$":"States.ArrayLength($.Entries)","failed.$":"$.FailedEntryCount"},"End":true}
            """));

        Assert.Equal("""{"count":2,"failed":0}""", EngineHarness.Output(result));
    }

    [Fact]
    public async Task StatesStartExecution_ShouldReturnTheExecutionArnAndVirtualStartDate()
    {
        var result = await new EngineHarness().RunAsync(Machines.Single("""
            {"Type":"Task","Resource":"arn:aws:states:::states:startExecution","Parameters":{"StateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:child","Name":"run-1","Input":{}},
             "ResultSelector":{"arn.$":"$.ExecutionArn","start.$":"$.StartDate"},"End":true}
            """));

        Assert.Equal("""{"arn":"arn:aws:states:us-east-1:123456789012:execution:child:run-1","start":"2026-01-01T00:00:00.000Z"}""", EngineHarness.Output(result));
    }

    [Fact]
    public async Task SnsPublish_WithoutAMessage_ShouldFailWithTheServiceErrorName()
    {
        var result = await new EngineHarness().RunAsync(Machines.Single("""
            {"Type":"Task","Resource":"arn:aws:states:::sns:publish","Parameters":{"TopicArn":"arn:aws:sns:us-east-1:123456789012:t"},"End":true}
            """));

        Assert.Equal("SNS.InvalidParameterException", result.Error);
        Assert.Single(EngineHarness.OfType(result, HistoryEventType.TaskFailed));
    }

    [Theory]
    [InlineData("arn:aws:states:::states:startExecution.sync")]
    [InlineData("arn:aws:states:::states:startExecution.sync:2")]
    [InlineData("arn:aws:states:::sns:publish.waitForTaskToken")]
    public void Parse_WhenTheResourceWaitsForAJobOrCallback_ShouldRejectIt(string resource)
    {
        var problems = StateMachineDefinition.Validate(Machines.Single($$"""{"Type":"Task","Resource":"{{resource}}","End":true}"""));

        Assert.Equal("Resource", Assert.Single(problems).Field);
    }

    [Fact]
    public async Task Task_WhenItRunsPastHeartbeatSeconds_ShouldFailWithHeartbeatTimeout()
    {
        var harness = new EngineHarness();
        harness.Lambda.OnAsync(Machines.LambdaArn, async (_, token) =>
        {
            await harness.Clock.WaitAsync(TimeSpan.FromSeconds(60), token);
            return new StorageOps.StatesLanguage.Lambda.LambdaInvocationResult(null, null);
        });

        var result = await harness.RunAsync(Machines.Single($$"""
            {"Type":"Task","Resource":"{{Machines.LambdaArn}}","TimeoutSeconds":300,"HeartbeatSeconds":20,"End":true}
            """));

        Assert.Equal(StatesErrorNames.HeartbeatTimeout, result.Error);
        Assert.Equal(20, EngineHarness.SecondsSinceStart(result.StopDate));
        Assert.Single(EngineHarness.OfType(result, HistoryEventType.LambdaFunctionTimedOut));
    }

    [Fact]
    public async Task Task_WithHeartbeatSecondsPath_ShouldReadTheHeartbeatFromTheInput()
    {
        var harness = new EngineHarness();
        harness.Lambda.OnAsync(Machines.LambdaArn, async (_, token) =>
        {
            await harness.Clock.WaitAsync(TimeSpan.FromSeconds(60), token);
            return new StorageOps.StatesLanguage.Lambda.LambdaInvocationResult(null, null);
        });

        var result = await harness.RunAsync(Machines.Single($$"""
            {"Type":"Task","Resource":"{{Machines.LambdaArn}}","HeartbeatSecondsPath":"$.beat","End":true}
            """), """{"beat":5}""");

        Assert.Equal(StatesErrorNames.HeartbeatTimeout, result.Error);
        Assert.Equal(5, EngineHarness.SecondsSinceStart(result.StopDate));
    }

    [Fact]
    public async Task Execution_WhenItsHistoryReaches25000Events_ShouldFailWithStatesRuntimeThatNoCatcherSees()
    {
        var result = await new EngineHarness().RunAsync("""
            {"StartAt":"Loop","States":{"Loop":{"Type":"Pass","Next":"Loop2"},"Loop2":{"Type":"Parallel","Next":"Loop","OutputPath":"$[0]",
              "Catch":[{"ErrorEquals":["States.Runtime"],"Next":"Loop"},{"ErrorEquals":["States.ALL"],"Next":"Loop"}],
              "Branches":[{"StartAt":"B","States":{"B":{"Type":"Pass","End":true}}}]}}}
            """);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(("States.Runtime", "The execution reached the maximum number of history events (25000) and was stopped"), (result.Error, result.Cause));
        Assert.Equal(25_000, result.History.Count);
        Assert.Equal(HistoryEventType.ExecutionFailed, result.History[^1].Type);
    }
}
