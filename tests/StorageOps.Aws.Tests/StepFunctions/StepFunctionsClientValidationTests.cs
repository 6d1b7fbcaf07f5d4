using StorageOps.Aws.StepFunctions;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.StepFunctions;

/// <summary>Documented Step Functions constraints are checked before any request: a named exception, nothing on the wire.</summary>
public sealed class StepFunctionsClientValidationTests
{
    private const string StateMachineArn = "arn:aws:states:us-east-1:111122223333:stateMachine:nightly";
    private const string ExecutionArn = "arn:aws:states:us-east-1:111122223333:execution:nightly:run-1";

    private static readonly Dictionary<string, (Func<StepFunctionsClient, Task> Call, string Parameter)> Cases = new()
    {
        ["start: missing state machine"] = (c => c.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = "" }), "StateMachineArn"),
        ["start: 257-character trace header"] = (c => c.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = StateMachineArn, TraceHeader = new string('t', 257) }), "TraceHeader"),
        ["start: 257-character ARN"] = (c => c.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = "arn:" + new string('a', 253) }), "StateMachineArn"),
        ["start: empty name"] = (c => c.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = StateMachineArn, Name = "" }), "Name"),
        ["start: 81-character name"] = (c => c.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = StateMachineArn, Name = new string('n', 81) }), "Name"),
        ["start: name with a space"] = (c => c.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = StateMachineArn, Name = "run 1" }), "Name"),
        ["start: name with a slash"] = (c => c.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = StateMachineArn, Name = "run/1" }), "Name"),
        ["start: name with a colon"] = (c => c.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = StateMachineArn, Name = "run:1" }), "Name"),
        ["start: name with a control character"] = (c => c.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = StateMachineArn, Name = "run\u00071" }), "Name"),
        ["start: input over 256 KiB"] = (c => c.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = StateMachineArn, Input = $"\"{new string('x', 262_143)}\"" }), "Input"),
        ["describe: missing execution"] = (c => c.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = "" }), "ExecutionArn"),
        ["describe: unknown includedData"] = (c => c.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = ExecutionArn, IncludedData = "SOME" }), "IncludedData"),
        ["list: neither state machine nor map run"] = (c => c.ListExecutionsAsync(new ListExecutionsRequest()), "StateMachineArn"),
        ["list: both state machine and map run"] = (c => c.ListExecutionsAsync(new ListExecutionsRequest { StateMachineArn = StateMachineArn, MapRunArn = "arn:m" }), "MapRunArn"),
        ["list: unknown status"] = (c => c.ListExecutionsAsync(new ListExecutionsRequest { StateMachineArn = StateMachineArn, StatusFilter = "DONE" }), "StatusFilter"),
        ["list: maxResults 1001"] = (c => c.ListExecutionsAsync(new ListExecutionsRequest { StateMachineArn = StateMachineArn, MaxResults = 1001 }), "MaxResults"),
        ["list: negative maxResults"] = (c => c.ListExecutionsAsync(new ListExecutionsRequest { StateMachineArn = StateMachineArn, MaxResults = -1 }), "MaxResults"),
        ["list: empty nextToken"] = (c => c.ListExecutionsAsync(new ListExecutionsRequest { StateMachineArn = StateMachineArn, NextToken = "" }), "NextToken"),
        ["list: unknown redrive filter"] = (c => c.ListExecutionsAsync(new ListExecutionsRequest { StateMachineArn = StateMachineArn, RedriveFilter = "ALL" }), "RedriveFilter"),
        ["state machines: maxResults 1001"] = (c => c.ListStateMachinesAsync(new ListStateMachinesRequest { MaxResults = 1001 }), "MaxResults"),
        ["history: missing execution"] = (c => c.GetExecutionHistoryAsync(new GetExecutionHistoryRequest { ExecutionArn = "" }), "ExecutionArn"),
        ["history: empty nextToken"] = (c => c.GetExecutionHistoryAsync(new GetExecutionHistoryRequest { ExecutionArn = ExecutionArn, NextToken = "" }), "NextToken"),
        ["stop: missing execution"] = (c => c.StopExecutionAsync(new StopExecutionRequest { ExecutionArn = null! }), "ExecutionArn"),
        ["stop: 257-character error"] = (c => c.StopExecutionAsync(new StopExecutionRequest { ExecutionArn = ExecutionArn, Error = new string('e', 257) }), "Error"),
        ["stop: 32769-character cause"] = (c => c.StopExecutionAsync(new StopExecutionRequest { ExecutionArn = ExecutionArn, Cause = new string('c', 32_769) }), "Cause"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Operation_WhenConstraintBroken_ShouldThrowValidationErrorAndSendNothing(string name)
    {
        var (call, parameter) = Cases[name];
        await using var server = new CaptureServer();
        using var client = StepFunctionsTestClients.For(server.Endpoint);

        var exception = await Assert.ThrowsAsync<AwsRequestValidationException>(() => call(client));

        Assert.Equal(parameter, exception.ParamName);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("request-0001")]
    [InlineData("nightly_2024-01-02.run")]
    [InlineData("ünïcode-name")]
    public async Task StartExecutionAsync_WhenNameFollowsTheRules_ShouldSendTheRequest(string name)
    {
        await using var server = new CaptureServer();
        server.Respond(StepFunctionsTestClients.Json($$"""{"executionArn":"{{ExecutionArn}}","startDate":1}"""));
        using var client = StepFunctionsTestClients.For(server.Endpoint);

        await client.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = StateMachineArn, Name = name, Input = "{}" });

        Assert.Single(server.Requests);
    }
}
