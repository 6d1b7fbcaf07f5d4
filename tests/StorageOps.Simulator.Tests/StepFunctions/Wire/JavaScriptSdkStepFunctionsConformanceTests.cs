using System.Text.Json.Nodes;
using StorageOps.Simulator.Tests.TestSupport;
using StorageOps.Testing;

namespace StorageOps.Simulator.Tests.StepFunctions.Wire;

/// <summary>The official AWS SDK for JavaScript v3 (client-sfn) against the simulator's Step Functions.</summary>
public sealed class JavaScriptSdkStepFunctionsConformanceTests
{
    [Fact]
    public async Task OfficialSdk_WhenDrivingExecutions_ShouldSeeStepFunctionsBehaviour()
    {
        var clock = new ManualTimeProvider();
        await using var simulator = new AwsSimulator(new SimulatorOptions { TimeProvider = clock });
        simulator.StepFunctions.UseRunner(new ScriptedExecutionRunner(clock));
        await simulator.StartAsync();

        var report = JsonNode.Parse(await ExternalProcess.RunNodeScriptAsync("simulator-sfn.mjs", new JsonObject { ["endpoint"] = simulator.Endpoint.ToString(), ["region"] = "us-east-1" }.ToJsonString()))!;

        Assert.Equal("arn:aws:states:us-east-1:123456789012:stateMachine:conformance", (string?)report["stateMachineArn"]);
        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:conformance:held", (string?)report["executionArn"]);
        Assert.Equal((string?)report["executionArn"], (string?)report["sameNameSameInput"]);
        AssertError(report["sameNameOtherInput"]!, "ExecutionAlreadyExists");
        Assert.Equal("RUNNING", (string?)report["runningStatus"]);
        Assert.True((bool)report["creationDateIsDate"]! && (bool)report["startDateIsDate"]! && (bool)report["stopDateIsDate"]! && (bool)report["lastEventTimestampIsDate"]!);
        var stopped = report["stoppedExecution"]!;
        Assert.Equal(("ABORTED", "Operator.Cancelled", "test", "held", """{"hold":true}"""), ((string?)stopped["status"], (string?)stopped["error"], (string?)stopped["cause"], (string?)stopped["name"], (string?)stopped["input"]));
        Assert.Equal("""[["c","b"],["a"]]""", report["pagedNames"]!.ToJsonString());
        Assert.Equal(1, (int)report["abortedCount"]!);
        Assert.Equal("ExecutionAborted", (string?)report["lastEventType"]);
        AssertError(report["unknownExecution"]!, "ExecutionDoesNotExist");
        AssertError(report["invalidArn"]!, "InvalidArn");
        AssertError(report["unknownStateMachine"]!, "StateMachineDoesNotExist");
        AssertError(report["invalidName"]!, "InvalidName");
        AssertError(report["invalidInput"]!, "InvalidExecutionInput");
    }

    private static void AssertError(JsonNode outcome, string name)
    {
        Assert.False((bool)outcome["ok"]!);
        Assert.Equal(name, (string?)outcome["name"]);
        Assert.Equal(400, (int)outcome["status"]!);
    }
}
