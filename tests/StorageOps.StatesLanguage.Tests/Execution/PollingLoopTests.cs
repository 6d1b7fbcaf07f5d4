using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Tests.Support;

namespace StorageOps.StatesLanguage.Tests.Execution;

public sealed class PollingLoopTests
{
    private const string ProvisionLikeMachine = """
        {"StartAt":"Create","TimeoutSeconds":3600,"States":{
          "Create":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"CreateFileSystem","Payload.$":"$"},
            "ResultSelector":{"FileSystemId.$":"$.Payload.FileSystemId","WaitSeconds.$":"$.Payload.WaitSeconds"},"ResultPath":"$.fileSystem","Next":"WaitForAvailable",
            "Retry":[{"ErrorEquals":["Lambda.TooManyRequestsException","Lambda.ServiceException"],"IntervalSeconds":2,"MaxAttempts":3,"BackoffRate":2}],
            "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.error","Next":"ProvisioningFailed"}]},
          "WaitForAvailable":{"Type":"Wait","SecondsPath":"$.fileSystem.WaitSeconds","Next":"Describe"},
          "Describe":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"DescribeFileSystem","Payload":{"FileSystemId.$":"$.fileSystem.FileSystemId"}},
            "ResultSelector":{"FileSystemId.$":"$.Payload.FileSystemId","LifeCycleState.$":"$.Payload.LifeCycleState","WaitSeconds.$":"$.Payload.WaitSeconds"},
            "ResultPath":"$.fileSystem","Next":"IsAvailable",
            "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.error","Next":"ProvisioningFailed"}]},
          "IsAvailable":{"Type":"Choice","Choices":[
              {"Variable":"$.fileSystem.LifeCycleState","StringEquals":"available","Next":"Provisioned"},
              {"Variable":"$.fileSystem.LifeCycleState","StringEquals":"creating","Next":"WaitForAvailable"}],
            "Default":"ProvisioningFailed"},
          "Provisioned":{"Type":"Succeed","OutputPath":"$.fileSystem"},
          "ProvisioningFailed":{"Type":"Fail","Error":"StorageOps.ProvisioningFailed","Cause":"the file system did not become available"}}}
        """;

    private static EngineHarness WithFileSystemBecomingAvailableAfter(int describeCalls)
    {
        var harness = new EngineHarness();
        var describes = 0;
        harness.Lambda.On("CreateFileSystem", _ => new JsonObject { ["FileSystemId"] = "fs-0123", ["WaitSeconds"] = 10 });
        harness.Lambda.On("DescribeFileSystem", payload => new JsonObject
        {
            ["FileSystemId"] = payload!["FileSystemId"]!.DeepClone(),
            ["LifeCycleState"] = ++describes >= describeCalls ? "available" : "creating",
            ["WaitSeconds"] = 15,
        });
        return harness;
    }

    [Fact]
    public async Task Run_WhenTheResourceBecomesReadyOnTheThirdDescribe_ShouldPollThreeTimesAndSucceed()
    {
        var harness = WithFileSystemBecomingAvailableAfter(3);

        var result = await harness.RunAsync(ProvisionLikeMachine, """{"RequestId":"req-1"}""", new ExecutionOptions { ExecutionName = "req-1" });

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"FileSystemId":"fs-0123","LifeCycleState":"available","WaitSeconds":15}""", EngineHarness.Output(result));
        var describeTimes = harness.Lambda.Calls.Where(call => call.FunctionName == "DescribeFileSystem").Select(call => EngineHarness.SecondsSinceStart(call.At));
        Assert.Equal([10.0, 25.0, 40.0], describeTimes);
        Assert.Equal(
            [
                "ExecutionStarted",
                "TaskStateEntered:Create", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited:Create",
                "WaitStateEntered:WaitForAvailable", "WaitStateExited:WaitForAvailable",
                "TaskStateEntered:Describe", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited:Describe",
                "ChoiceStateEntered:IsAvailable", "ChoiceStateExited:IsAvailable",
                "WaitStateEntered:WaitForAvailable", "WaitStateExited:WaitForAvailable",
                "TaskStateEntered:Describe", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited:Describe",
                "ChoiceStateEntered:IsAvailable", "ChoiceStateExited:IsAvailable",
                "WaitStateEntered:WaitForAvailable", "WaitStateExited:WaitForAvailable",
                "TaskStateEntered:Describe", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited:Describe",
                "ChoiceStateEntered:IsAvailable", "ChoiceStateExited:IsAvailable",
                "SucceedStateEntered:Provisioned", "SucceedStateExited:Provisioned",
                "ExecutionSucceeded",
            ],
            EngineHarness.Trace(result));
        Assert.Equal(40, EngineHarness.SecondsSinceStart(result.StopDate));
    }

    [Fact]
    public async Task Run_WhenTheResourceNeverBecomesReady_ShouldTimeOutAtTheExecutionDeadline()
    {
        var harness = WithFileSystemBecomingAvailableAfter(int.MaxValue);

        var result = await harness.RunAsync(ProvisionLikeMachine, """{"RequestId":"req-2"}""");

        Assert.Equal(ExecutionStatus.TimedOut, result.Status);
        Assert.Equal(("States.Timeout", "The execution did not complete within TimeoutSeconds (3600)"), (result.Error, result.Cause));
        Assert.Equal(3600, EngineHarness.SecondsSinceStart(result.StopDate));
        Assert.Equal(HistoryEventType.ExecutionTimedOut, result.History[^1].Type);
        Assert.Equal(HistoryEventType.WaitStateEntered, result.History[^2].Type);
    }

    [Fact]
    public async Task Run_WhenCreateFailsWithAValidationError_ShouldCatchAndFailWithTheNamedError()
    {
        var harness = new EngineHarness();
        harness.Lambda.OnResult("CreateFileSystem", _ => ScriptedLambdaInvoker.FunctionError("StorageOps.ValidationError", "RequestId is required"));

        var result = await harness.RunAsync(ProvisionLikeMachine, "{}");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(("StorageOps.ProvisioningFailed", "the file system did not become available"), (result.Error, result.Cause));
        Assert.Single(harness.Lambda.Calls);
        var failEntered = (StateEnteredEventDetails)EngineHarness.OfType(result, HistoryEventType.FailStateEntered).Single().Details!;
        Assert.Equal(
            """{"error":{"Error":"StorageOps.ValidationError","Cause":"{\"errorType\":\"StorageOps.ValidationError\",\"errorMessage\":\"RequestId is required\"}"}}""",
            failEntered.Input);
    }
}
