using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Lambda;
using StorageOps.StatesLanguage.Tests.Support;

namespace StorageOps.StatesLanguage.Tests.Lambda;

public sealed class LambdaIntegrationTests
{
    private const string InvokeState = """
        {"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"CreateFileSystem","Payload.$":"$.request"},"End":true}
        """;

    [Fact]
    public async Task Run_WhenLambdaInvokeSucceeds_ShouldWrapThePayloadInTheInvokeResponse()
    {
        var harness = new EngineHarness();
        harness.Lambda.On("CreateFileSystem", payload => new JsonObject { ["FileSystemId"] = "fs-1", ["Echo"] = payload!.DeepClone() });

        var result = await harness.RunAsync(Machines.Single(InvokeState), """{"request":{"id":"r1"}}""");

        Assert.Equal("""{"ExecutedVersion":"$LATEST","Payload":{"FileSystemId":"fs-1","Echo":{"id":"r1"}},"StatusCode":200}""", EngineHarness.Output(result));
        Assert.Equal([("CreateFileSystem", """{"id":"r1"}""")], harness.Lambda.Calls.Select(call => (call.FunctionName, call.Payload)));
        Assert.Equal(
            ["ExecutionStarted", "TaskStateEntered:S", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited:S", "ExecutionSucceeded"],
            EngineHarness.Trace(result));
        var scheduled = (TaskScheduledEventDetails)EngineHarness.OfType(result, HistoryEventType.TaskScheduled).Single().Details!;
        Assert.Equal(("lambda", "invoke", "us-east-1", """{"FunctionName":"CreateFileSystem","Payload":{"id":"r1"}}"""), (scheduled.ResourceType, scheduled.Resource, scheduled.Region, scheduled.Parameters));
    }

    [Fact]
    public async Task Run_WhenLambdaInvokeReturnsAFunctionError_ShouldFailWithTheErrorTypeAndThePayloadAsCause()
    {
        var harness = new EngineHarness();
        harness.Lambda.OnResult("CreateFileSystem", _ => ScriptedLambdaInvoker.FunctionError("StorageOps.ValidationError", "SubnetIds must not be empty"));

        var result = await harness.RunAsync(Machines.Single(InvokeState), """{"request":{}}""");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("StorageOps.ValidationError", result.Error);
        Assert.Equal("""{"errorType":"StorageOps.ValidationError","errorMessage":"SubnetIds must not be empty"}""", result.Cause);
        var failed = (TaskFailedEventDetails)EngineHarness.OfType(result, HistoryEventType.TaskFailed).Single().Details!;
        Assert.Equal(("lambda", "invoke", "StorageOps.ValidationError"), (failed.ResourceType, failed.Resource, failed.Error));
    }

    [Fact]
    public async Task Run_WhenFunctionErrorIsUnhandled_ShouldUseTheErrorTypeFromThePayload()
    {
        var harness = new EngineHarness();
        harness.Lambda.OnResult("CreateFileSystem", _ => new LambdaInvocationResult(JsonNode.Parse("""{"errorType":"System.InvalidOperationException","errorMessage":"boom"}"""), "Unhandled"));

        var result = await harness.RunAsync(Machines.Single(InvokeState), """{"request":{}}""");

        Assert.Equal("System.InvalidOperationException", result.Error);
    }

    [Fact]
    public async Task Run_WhenTheFunctionDoesNotExist_ShouldFailWithTheInvokersErrorName()
    {
        var result = await new EngineHarness().RunAsync(Machines.Single(InvokeState), """{"request":{}}""");

        Assert.Equal(("Lambda.ResourceNotFoundException", "Function not found: CreateFileSystem"), (result.Error, result.Cause));
    }

    [Fact]
    public async Task Run_WhenTheInvokerThrowsUnexpectedly_ShouldFailAsALambdaServiceException()
    {
        var harness = new EngineHarness();
        harness.Lambda.OnAsync("CreateFileSystem", (_, _) => throw new InvalidOperationException("socket closed"));

        var result = await harness.RunAsync(Machines.Single(InvokeState), """{"request":{}}""");

        Assert.Equal(("Lambda.ServiceException", "socket closed"), (result.Error, result.Cause));
    }

    [Fact]
    public async Task Run_WhenPayloadIsOmitted_ShouldInvokeWithANullPayload()
    {
        var harness = new EngineHarness();
        harness.Lambda.On("Ping", _ => JsonValue.Create("pong"));

        var result = await harness.RunAsync(Machines.Single("""{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"Ping"},"ResultSelector":{"answer.$":"$.Payload"},"End":true}"""));

        Assert.Equal("null", harness.Lambda.Calls.Single().Payload);
        Assert.Equal("""{"answer":"pong"}""", EngineHarness.Output(result));
    }

    [Fact]
    public async Task Run_WhenPlainFunctionArnSucceeds_ShouldUseThePayloadAsTheResultAndLambdaEvents()
    {
        var harness = new EngineHarness();
        harness.Lambda.On(Machines.LambdaArn, _ => JsonNode.Parse("""{"ok":true}"""));

        var result = await harness.RunAsync(Machines.Single($$"""{"Type":"Task","Resource":"{{Machines.LambdaArn}}","End":true}"""), """{"in":1}""");

        Assert.Equal("""{"ok":true}""", EngineHarness.Output(result));
        Assert.Equal(
            ["ExecutionStarted", "TaskStateEntered:S", "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded", "TaskStateExited:S", "ExecutionSucceeded"],
            EngineHarness.Trace(result));
        var scheduled = (LambdaFunctionScheduledEventDetails)EngineHarness.OfType(result, HistoryEventType.LambdaFunctionScheduled).Single().Details!;
        Assert.Equal((Machines.LambdaArn, """{"in":1}"""), (scheduled.Resource, scheduled.Input));
    }

    [Fact]
    public async Task Run_WhenPlainFunctionArnFails_ShouldRecordLambdaFunctionFailed()
    {
        var harness = new EngineHarness();
        harness.Lambda.OnResult(Machines.LambdaArn, _ => ScriptedLambdaInvoker.FunctionError("StorageOps.NotFound", "no such thing"));

        var result = await harness.RunAsync(Machines.Single($$"""{"Type":"Task","Resource":"{{Machines.LambdaArn}}","End":true}"""));

        var failed = (LambdaFunctionFailedEventDetails)EngineHarness.OfType(result, HistoryEventType.LambdaFunctionFailed).Single().Details!;
        Assert.Equal(("StorageOps.NotFound", """{"errorType":"StorageOps.NotFound","errorMessage":"no such thing"}"""), (failed.Error, failed.Cause));
        Assert.Equal(["ExecutionStarted", "TaskStateEntered:S", "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionFailed", "ExecutionFailed"], EngineHarness.Trace(result));
    }

    [Fact]
    public void TaskFailedException_WhenCreated_ShouldExposeErrorAndCause()
    {
        var exception = new TaskFailedException("Lambda.TooManyRequestsException", "Rate exceeded");

        Assert.Equal(("Lambda.TooManyRequestsException", "Rate exceeded"), (exception.Error, exception.Cause));
    }

    [Fact]
    public async Task Run_WhenTheInvokerTimesOutOnItsOwn_ShouldFailAsALambdaServiceExceptionRatherThanAbort()
    {
        var harness = new EngineHarness();
        harness.Lambda.OnAsync("CreateFileSystem", (_, _) => throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout"));

        var result = await harness.RunAsync(Machines.Single(InvokeState), """{"request":{}}""");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(("Lambda.ServiceException", "The request was canceled due to the configured HttpClient.Timeout"), (result.Error, result.Cause));
    }

    [Fact]
    public async Task Run_WhenTheInvokerThrottlesAndARetrierMatches_ShouldRetryOnTheVirtualClock()
    {
        var harness = new EngineHarness();
        var calls = 0;
        harness.Lambda.OnAsync("CreateFileSystem", (_, _) => ++calls < 3
            ? throw new TaskFailedException("Lambda.TooManyRequestsException", "Rate exceeded")
            : Task.FromResult(new LambdaInvocationResult(JsonValue.Create("created"), null)));

        var result = await harness.RunAsync(
            Machines.Single("""
                {"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"CreateFileSystem"},"OutputPath":"$.Payload","End":true,
                 "Retry":[{"ErrorEquals":["Lambda.TooManyRequestsException"],"IntervalSeconds":3}]}
                """));

        Assert.Equal("\"created\"", EngineHarness.Output(result));
        Assert.Equal([0.0, 3.0, 9.0], harness.Lambda.Calls.Select(call => EngineHarness.SecondsSinceStart(call.At)));
        Assert.Equal(
            ["TaskScheduled", "TaskStarted", "TaskFailed", "TaskScheduled", "TaskStarted", "TaskFailed", "TaskScheduled", "TaskStarted", "TaskSucceeded"],
            EngineHarness.Trace(result).Where(type => type.StartsWith("Task", StringComparison.Ordinal) && !type.Contains(':', StringComparison.Ordinal)));
    }
}
