using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.Runtime;
using StorageOps.Functions.Hosting;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Requests;
using StorageOps.Functions.Logging;

namespace StorageOps.Functions.Tests.Requests;

public sealed class RouteRequestsFunctionTests
{
    private const string ProvisionArn = "arn:aws:states:us-east-1:123456789012:stateMachine:storageops-provision-file-system";
    private const string Provision = """{"action":"provision-file-system","requestId":"req-1","throughputMode":"elastic","tags":{"Name":"analytics"}}""";
    private static readonly LambdaInvocation Invocation = new("lambda-1", DateTimeOffset.UnixEpoch.AddMinutes(1));

    private readonly InMemoryStepFunctions stepFunctions = new();
    private readonly StringWriter logOutput = new();

    [Fact]
    public async Task InvokeAsync_WhenTheMessageIsValid_ShouldStartItsStateMachineNamedByTheRequestIdWithTheMessageWithoutAction()
    {
        var response = await InvokeAsync(Batch(("m-1", Provision)));

        Assert.Equal("""{"batchItemFailures":[]}""", response);
        var started = Assert.Single(stepFunctions.Started);
        Assert.Equal(ProvisionArn, started.StateMachineArn);
        Assert.Equal("req-1", started.Name);
        Assert.Equal("""{"requestId":"req-1","throughputMode":"elastic","tags":{"Name":"analytics"}}""", started.Input);
        Assert.Contains("\"message\":\"request started\"", logOutput.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheBatchMixesMalformedAndValidMessages_ShouldReportExactlyTheMalformedOnesWithoutCallingAwsForThem()
    {
        var response = await InvokeAsync(Batch(
            ("bad-json", "{"),
            ("ok-1", Provision),
            ("bad-action", """{"action":"format-disk","requestId":"r-2"}"""),
            ("bad-field", """{"action":"provision-file-system","requestId":"r-3","throughputMode":"turbo"}"""),
            ("ok-2", Provision.Replace("req-1", "req-2", StringComparison.Ordinal))));

        Assert.Equal(["bad-json", "bad-action", "bad-field"], FailedIds(response));
        Assert.Equal(["StartExecution", "StartExecution"], stepFunctions.Calls);
        var rejected = LogLines().Where(line => line["message"]!.GetValue<string>() == "request rejected").ToList();
        Assert.Equal(["bad-json", "bad-action", "bad-field"], rejected.Select(line => line["messageId"]!.GetValue<string>()));
        Assert.All(rejected, line => Assert.Equal("StorageOps.ValidationError", line["errorType"]!.GetValue<string>()));
    }

    [Fact]
    public async Task InvokeAsync_WhenTheSameMessageIsDeliveredAgainAfterItsExecutionEnded_ShouldSucceedWithoutASecondExecution()
    {
        await InvokeAsync(Batch(("m-1", Provision)));
        stepFunctions.Finish($"{ProvisionArn.Replace(":stateMachine:", ":execution:", StringComparison.Ordinal)}:req-1");

        var response = await InvokeAsync(Batch(("m-2", Provision.Replace("\"tags\"", " \"tags\"", StringComparison.Ordinal))));

        Assert.Empty(FailedIds(response));
        Assert.Equal(1, stepFunctions.ExecutionCount);
        Assert.Equal(["StartExecution", "StartExecution", "DescribeExecution"], stepFunctions.Calls);
        Assert.Contains("\"message\":\"request already started\"", logOutput.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheRequestIdWasUsedForAnotherBody_ShouldReportARequestConflict()
    {
        await InvokeAsync(Batch(("m-1", Provision)));

        var response = await InvokeAsync(Batch(("m-2", Provision.Replace("elastic", "bursting", StringComparison.Ordinal))));

        Assert.Equal(["m-2"], FailedIds(response));
        var conflict = LogLines().Single(line => line["messageId"]!.GetValue<string>() == "m-2");
        Assert.Equal("StorageOps.RequestConflict", conflict["errorType"]!.GetValue<string>());
        Assert.Contains("requestId 'req-1' was already used for a different provision-file-system request", conflict["errorMessage"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenStepFunctionsThrottles_ShouldReportTheMessageForRedelivery()
    {
        stepFunctions.NextStartFailure = new AmazonServiceException("Rate exceeded", ErrorType.Sender, "ThrottlingException", "req", HttpStatusCode.BadRequest);

        var response = await InvokeAsync(Batch(("m-1", Provision), ("m-2", Provision.Replace("req-1", "req-2", StringComparison.Ordinal))));

        Assert.Equal(["m-1"], FailedIds(response));
        Assert.Equal("StorageOps.Throttled", LogLines().Single(line => line["messageId"]!.GetValue<string>() == "m-1")["errorType"]!.GetValue<string>());
    }

    [Fact]
    public async Task InvokeAsync_WhenStepFunctionsFailsWithAServerError_ShouldReportTheMessageForRedeliveryAndStartItOnTheNextReceive()
    {
        stepFunctions.NextStartFailure = new AmazonServiceException("Internal failure", ErrorType.Receiver, "InternalFailure", "req", HttpStatusCode.InternalServerError);

        var first = await InvokeAsync(Batch(("m-1", Provision)));
        var redelivered = await InvokeAsync(Batch(("m-1", Provision)));

        Assert.Equal(["m-1"], FailedIds(first));
        Assert.Equal("StorageOps.AwsServiceError", LogLines()[0]["errorType"]!.GetValue<string>());
        Assert.Empty(FailedIds(redelivered));
        Assert.Equal(1, stepFunctions.ExecutionCount);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheActionHasNoConfiguredStateMachine_ShouldRejectItByNameWithoutCallingAws()
    {
        var response = await InvokeAsync(Batch(("m-1", """{"action":"teardown-file-system","requestId":"r-1","fileSystemId":"fs-0123456789abcdef0"}""")));

        Assert.Equal(["m-1"], FailedIds(response));
        Assert.Empty(stepFunctions.Calls);
        var line = Assert.Single(LogLines());
        Assert.Equal("StorageOps.ValidationError", line["errorType"]!.GetValue<string>());
        Assert.Contains("action: 'teardown-file-system' has no state machine in this deployment (TEARDOWN_FILE_SYSTEM_STATE_MACHINE_ARN is not set); the actions it routes: provision-file-system", line["errorMessage"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheEventCarriesMembersAwsAddedLater_ShouldStillRoute()
    {
        var sqsEvent = Batch(("m-1", Provision)).Replace("\"eventSource\"", "\"futureMember\":{\"x\":1},\"eventSource\"", StringComparison.Ordinal);

        Assert.Empty(FailedIds(await InvokeAsync(sqsEvent)));
    }

    private Task<string> InvokeAsync(string sqsEvent)
    {
        var function = new RouteRequestsFunction(
            new RequestRouter(stepFunctions.InHomeRegion(), new Dictionary<string, string> { [RequestActions.ProvisionFileSystem] = ProvisionArn }),
            new FunctionLogger(logOutput, TimeProvider.System, new Dictionary<string, string>()));
        return function.InvokeAsync(sqsEvent, Invocation, CancellationToken.None);
    }

    private static string Batch(params (string MessageId, string Body)[] messages) =>
        new JsonObject
        {
            ["Records"] = new JsonArray([.. messages.Select(message => (JsonNode)new JsonObject
            {
                ["messageId"] = message.MessageId,
                ["receiptHandle"] = $"handle-{message.MessageId}",
                ["body"] = message.Body,
                ["attributes"] = new JsonObject { ["ApproximateReceiveCount"] = "1" },
                ["messageAttributes"] = new JsonObject(),
                ["eventSource"] = "aws:sqs",
                ["eventSourceARN"] = "arn:aws:sqs:us-east-1:123456789012:storageops-requests",
                ["awsRegion"] = "us-east-1",
            })]),
        }.ToJsonString();

    private static List<string> FailedIds(string response) =>
        [.. JsonNode.Parse(response)!["batchItemFailures"]!.AsArray().Select(failure => failure!["itemIdentifier"]!.GetValue<string>())];

    private List<JsonObject> LogLines() =>
        [.. logOutput.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject())];
}
