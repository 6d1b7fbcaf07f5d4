using StorageOps.Aws.StepFunctions;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.StepFunctions;

/// <summary>
/// awsJson1_0 responses parsed into our records (botocore's Step Functions examples-1.json has no examples for these
/// operations, so the bodies carry every member of the 2016-11-23 output shapes; timestamps are epoch seconds).
/// </summary>
public sealed class StepFunctionsClientResponseTests
{
    private const string StateMachineArn = "arn:aws:states:us-east-1:111122223333:stateMachine:nightly";
    private const string ExecutionArn = "arn:aws:states:us-east-1:111122223333:execution:nightly:run-1";

    [Fact]
    public async Task StartExecutionAsync_WhenStarted_ShouldParseArnAndFractionalStartDate()
    {
        await using var server = new CaptureServer();
        server.Respond(StepFunctionsTestClients.Json($$"""{"executionArn":"{{ExecutionArn}}","startDate":1700000000.123}"""));
        using var client = StepFunctionsTestClients.For(server.Endpoint);

        var started = await client.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = StateMachineArn, Name = "run-1" });

        Assert.Equal(new StartExecutionResponse(ExecutionArn, DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123)), started);
    }

    [Fact]
    public async Task DescribeExecutionAsync_WhenResponseHasEveryMember_ShouldParseEveryMember()
    {
        await using var server = new CaptureServer();
        server.Respond(StepFunctionsTestClients.Json($$"""
            {"executionArn":"{{ExecutionArn}}","stateMachineArn":"{{StateMachineArn}}","name":"run-1","status":"FAILED",
             "startDate":1700000000,"stopDate":1700000060.5,"input":"{\"a\":1}","inputDetails":{"included":true},
             "output":"null","outputDetails":{"included":true},"error":"States.TaskFailed","cause":"boom",
             "traceHeader":"Root=1-abc","mapRunArn":"arn:aws:states:us-east-1:111122223333:mapRun:nightly/run-1:0",
             "stateMachineVersionArn":"arn:aws:states:us-east-1:111122223333:stateMachine:nightly:1",
             "stateMachineAliasArn":"arn:aws:states:us-east-1:111122223333:stateMachine:nightly:prod",
             "redriveCount":2,"redriveDate":1700000100,"redriveStatus":"REDRIVABLE","redriveStatusReason":"ok"}
            """));
        using var client = StepFunctionsTestClients.For(server.Endpoint);

        var execution = await client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = ExecutionArn });

        Assert.Equal(
            new DescribeExecutionResponse
            {
                ExecutionArn = ExecutionArn,
                StateMachineArn = StateMachineArn,
                Name = "run-1",
                Status = "FAILED",
                StartDate = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000),
                StopDate = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_060_500),
                Input = """{"a":1}""",
                Output = "null",
                Error = "States.TaskFailed",
                Cause = "boom",
                TraceHeader = "Root=1-abc",
                MapRunArn = "arn:aws:states:us-east-1:111122223333:mapRun:nightly/run-1:0",
                StateMachineVersionArn = "arn:aws:states:us-east-1:111122223333:stateMachine:nightly:1",
                StateMachineAliasArn = "arn:aws:states:us-east-1:111122223333:stateMachine:nightly:prod",
                RedriveCount = 2,
                RedriveDate = DateTimeOffset.FromUnixTimeSeconds(1_700_000_100),
                RedriveStatus = "REDRIVABLE",
                RedriveStatusReason = "ok",
            },
            execution);
    }

    [Fact]
    public async Task ListStateMachinesAsync_WhenPageHasToken_ShouldParseItemsAndToken()
    {
        await using var server = new CaptureServer();
        server.Respond(StepFunctionsTestClients.Json($$"""
            {"stateMachines":[{"stateMachineArn":"{{StateMachineArn}}","name":"nightly","type":"STANDARD","creationDate":1700000000.5}],"nextToken":"t/2"}
            """));
        using var client = StepFunctionsTestClients.For(server.Endpoint);

        var page = await client.ListStateMachinesAsync(new ListStateMachinesRequest());

        Assert.Equal("t/2", page.NextToken);
        Assert.Equal(
            [new StateMachineListItem { StateMachineArn = StateMachineArn, Name = "nightly", Type = "STANDARD", CreationDate = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_500) }],
            page.StateMachines);
    }

    [Fact]
    public async Task GetExecutionHistoryAsync_WhenEventsCarryDetails_ShouldParseTheCommonMembersAndKeepEachWholeEvent()
    {
        await using var server = new CaptureServer();
        server.Respond(StepFunctionsTestClients.Json("""
            {"events":[
              {"timestamp":1700000000,"type":"ExecutionStarted","id":1,"previousEventId":0,"executionStartedEventDetails":{"input":"{}","roleArn":"arn:r"}},
              {"timestamp":1700000003.25,"type":"TaskStateEntered","id":2,"previousEventId":1,"stateEnteredEventDetails":{"name":"CreateFileSystem","input":"{}"}}],
             "nextToken":"page/2"}
            """));
        using var client = StepFunctionsTestClients.For(server.Endpoint);

        var page = await client.GetExecutionHistoryAsync(new GetExecutionHistoryRequest { ExecutionArn = ExecutionArn });

        Assert.Equal("page/2", page.NextToken);
        Assert.Equal(
            [(1L, 0L, DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), "ExecutionStarted"), (2L, 1L, DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_003_250), "TaskStateEntered")],
            page.Events.Select(historyEvent => (historyEvent.Id!.Value, historyEvent.PreviousEventId!.Value, historyEvent.Timestamp!.Value, historyEvent.Type!)));
        Assert.Equal("CreateFileSystem", page.Events[1].Document.GetProperty("stateEnteredEventDetails").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ListExecutionsAsync_WhenPageHasToken_ShouldParseItemsAndToken()
    {
        await using var server = new CaptureServer();
        server.Respond(StepFunctionsTestClients.Json($$"""
            {"executions":[
              {"executionArn":"{{ExecutionArn}}","stateMachineArn":"{{StateMachineArn}}","name":"run-1","status":"SUCCEEDED",
               "startDate":1700000000,"stopDate":1700000001,"mapRunArn":"arn:m","itemCount":3,"stateMachineVersionArn":"arn:v",
               "stateMachineAliasArn":"arn:a","redriveCount":1,"redriveDate":1700000002},
              {"executionArn":"{{ExecutionArn}}-2","stateMachineArn":"{{StateMachineArn}}","name":"run-2","status":"RUNNING","startDate":1700000010}],
             "nextToken":"token/2=="}
            """));
        using var client = StepFunctionsTestClients.For(server.Endpoint);

        var page = await client.ListExecutionsAsync(new ListExecutionsRequest { StateMachineArn = StateMachineArn });

        Assert.Equal("token/2==", page.NextToken);
        Assert.Equal(
            [
                new ExecutionListItem
                {
                    ExecutionArn = ExecutionArn, StateMachineArn = StateMachineArn, Name = "run-1", Status = "SUCCEEDED",
                    StartDate = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), StopDate = DateTimeOffset.FromUnixTimeSeconds(1_700_000_001),
                    MapRunArn = "arn:m", ItemCount = 3, StateMachineVersionArn = "arn:v", StateMachineAliasArn = "arn:a",
                    RedriveCount = 1, RedriveDate = DateTimeOffset.FromUnixTimeSeconds(1_700_000_002),
                },
                new ExecutionListItem
                {
                    ExecutionArn = ExecutionArn + "-2", StateMachineArn = StateMachineArn, Name = "run-2", Status = "RUNNING",
                    StartDate = DateTimeOffset.FromUnixTimeSeconds(1_700_000_010),
                },
            ],
            page.Executions);
    }

    [Fact]
    public async Task StopExecutionAsync_WhenStopped_ShouldParseStopDate()
    {
        await using var server = new CaptureServer();
        server.Respond(StepFunctionsTestClients.Json("""{"stopDate":1700000100.25}"""));
        using var client = StepFunctionsTestClients.For(server.Endpoint);

        var stopped = await client.StopExecutionAsync(new StopExecutionRequest { ExecutionArn = ExecutionArn });

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_100_250), stopped.StopDate);
    }

    [Fact]
    public async Task ListAllExecutionsAsync_WhenPagesLinkedByNextToken_ShouldFollowToTheEnd()
    {
        await using var server = new CaptureServer();
        server.Respond(
            StepFunctionsTestClients.Json($$"""{"executions":[{"executionArn":"e1","stateMachineArn":"{{StateMachineArn}}","name":"a","status":"RUNNING","startDate":1}],"nextToken":"t1"}"""),
            StepFunctionsTestClients.Json($$"""{"executions":[{"executionArn":"e2","stateMachineArn":"{{StateMachineArn}}","name":"b","status":"RUNNING","startDate":2}]}"""));
        using var client = StepFunctionsTestClients.For(server.Endpoint);
        IStepFunctionsClient stepFunctions = client;

        var names = new List<string>();
        await foreach (var execution in stepFunctions.ListAllExecutionsAsync(new ListExecutionsRequest { StateMachineArn = StateMachineArn, MaxResults = 1 }))
        {
            names.Add(execution.Name!);
        }

        Assert.Equal(["a", "b"], names);
        Assert.Equal(2, server.Requests.Count);
        JsonSemantics.AssertEqual($$"""{"stateMachineArn":"{{StateMachineArn}}","maxResults":1,"nextToken":"t1"}""", server.Requests[1].BodyText);
    }
}
