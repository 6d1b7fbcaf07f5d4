using System.Text.Json;
using StorageOps.Aws.StepFunctions;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.StepFunctions;

/// <summary>
/// For the same input (JSON with model member names), the official AWS SDK for JavaScript v3 and
/// <see cref="StepFunctionsClient"/> each send one request to a capture server; the requests must be the same on the wire.
/// </summary>
public sealed class StepFunctionsClientWireTests
{
    private const string StateMachineArn = "arn:aws:states:us-east-1:111122223333:stateMachine:nightly-snapshots";
    private const string ExecutionArn = "arn:aws:states:us-east-1:111122223333:execution:nightly-snapshots:run-1";

    private static readonly Dictionary<string, (string Operation, string Input)> Cases = new()
    {
        ["StartExecution with every member"] = ("StartExecution", $$"""
            {"stateMachineArn":"{{StateMachineArn}}","name":"request-0001","input":"{\"clusters\":[\"a\",\"b\"],\"note\":\"ünïcode ☃\"}",
             "traceHeader":"Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1"}
            """),
        ["StartExecution minimal"] = ("StartExecution", $$"""{"stateMachineArn":"{{StateMachineArn}}"}"""),
        ["DescribeExecution"] = ("DescribeExecution", $$"""{"executionArn":"{{ExecutionArn}}"}"""),
        ["DescribeExecution metadata only"] = ("DescribeExecution", $$"""{"executionArn":"{{ExecutionArn}}","includedData":"METADATA_ONLY"}"""),
        ["ListExecutions with every member"] = ("ListExecutions", $$"""
            {"stateMachineArn":"{{StateMachineArn}}","statusFilter":"RUNNING","maxResults":25,"nextToken":"opaque/token+==","redriveFilter":"NOT_REDRIVEN"}
            """),
        ["ListExecutions by map run"] = ("ListExecutions", """
            {"mapRunArn":"arn:aws:states:us-east-1:111122223333:mapRun:nightly-snapshots/run-1:0123","maxResults":0}
            """),
        ["StopExecution with error and cause"] = ("StopExecution", $$"""{"executionArn":"{{ExecutionArn}}","error":"StorageOps.Cancelled","cause":"operator asked"}"""),
        ["StopExecution minimal"] = ("StopExecution", $$"""{"executionArn":"{{ExecutionArn}}"}"""),
        ["ListStateMachines with every member"] = ("ListStateMachines", """{"maxResults":50,"nextToken":"opaque/token+=="}"""),
        ["ListStateMachines minimal"] = ("ListStateMachines", "{}"),
        ["GetExecutionHistory with every member"] = ("GetExecutionHistory", $$"""
            {"executionArn":"{{ExecutionArn}}","maxResults":1000,"reverseOrder":true,"nextToken":"page/2","includeExecutionData":false}
            """),
        ["GetExecutionHistory minimal"] = ("GetExecutionHistory", $$"""{"executionArn":"{{ExecutionArn}}"}"""),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Request_WhenSameInputAsOfficialJavaScriptSdk_ShouldBeSameOnTheWire(string name)
    {
        var (official, ours) = await CaptureBothAsync(name);

        Assert.Equal(official.Method, ours.Method);
        Assert.Equal("POST", ours.Method);
        Assert.Equal(official.RawPath, ours.RawPath);
        Assert.Equal(official.QueryParameters, ours.QueryParameters);
        Assert.Equal(official.Header("Content-Type"), ours.Header("Content-Type"));
        Assert.Equal("application/x-amz-json-1.0", ours.Header("Content-Type"));
        Assert.Equal(official.Header("X-Amz-Target"), ours.Header("X-Amz-Target"));
        Assert.Equal($"AWSStepFunctions.{Cases[name].Operation}", ours.Header("X-Amz-Target"));
        JsonSemantics.AssertEqual(official.BodyText, ours.BodyText);
    }

    [Theory]
    [InlineData("StartExecution with every member")]
    [InlineData("ListExecutions with every member")]
    public async Task Signature_WhenSameInputAsOfficialJavaScriptSdk_ShouldBeSigV4ForStatesWithSignedTarget(string name)
    {
        var (official, ours) = await CaptureBothAsync(name);

        foreach (var request in new[] { official, ours })
        {
            var authorization = SigV4Verifier.Parse(request.Header("Authorization"));
            Assert.Equal("states", authorization.Service);
            Assert.Equal(StepFunctionsTestClients.Region, authorization.Region);
            Assert.Contains("x-amz-target", authorization.SignedHeaders);
            SigV4Verifier.AssertSignatureValid(request, OfficialJavaScriptSdk.SecretAccessKey);
        }
    }

    private static Task<(CapturedRequest Official, CapturedRequest Ours)> CaptureBothAsync(string name)
    {
        var (operation, input) = Cases[name];
        return WireCapture.BothAsync("sfn", StepFunctionsTestClients.Region, operation, input, ResponseFor(operation), async endpoint =>
        {
            using var client = StepFunctionsTestClients.For(endpoint);
            await InvokeAsync(client, operation, input);
        });
    }

    private static CannedResponse ResponseFor(string operation) => operation switch
    {
        "StartExecution" => StepFunctionsTestClients.Json($$"""{"executionArn":"{{ExecutionArn}}","startDate":1700000000.123}"""),
        "DescribeExecution" => StepFunctionsTestClients.Json($$"""
            {"executionArn":"{{ExecutionArn}}","stateMachineArn":"{{StateMachineArn}}","status":"RUNNING","startDate":1700000000}
            """),
        "ListExecutions" => StepFunctionsTestClients.Json("""{"executions":[]}"""),
        "ListStateMachines" => StepFunctionsTestClients.Json("""{"stateMachines":[]}"""),
        "GetExecutionHistory" => StepFunctionsTestClients.Json("""{"events":[]}"""),
        _ => StepFunctionsTestClients.Json("""{"stopDate":1700000100}"""),
    };

    private static async Task InvokeAsync(StepFunctionsClient client, string operation, string input)
    {
        var names = StepFunctionsTestClients.ModelNames;
        switch (operation)
        {
            case "StartExecution":
                await client.StartExecutionAsync(JsonSerializer.Deserialize<StartExecutionRequest>(input, names)!);
                break;
            case "DescribeExecution":
                await client.DescribeExecutionAsync(JsonSerializer.Deserialize<DescribeExecutionRequest>(input, names)!);
                break;
            case "ListExecutions":
                await client.ListExecutionsAsync(JsonSerializer.Deserialize<ListExecutionsRequest>(input, names)!);
                break;
            case "ListStateMachines":
                await client.ListStateMachinesAsync(JsonSerializer.Deserialize<ListStateMachinesRequest>(input, names)!);
                break;
            case "GetExecutionHistory":
                await client.GetExecutionHistoryAsync(JsonSerializer.Deserialize<GetExecutionHistoryRequest>(input, names)!);
                break;
            case "StopExecution":
                await client.StopExecutionAsync(JsonSerializer.Deserialize<StopExecutionRequest>(input, names)!);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, "No such Step Functions operation in these tests.");
        }
    }
}
