using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Mocking;
using StorageOps.StatesLanguage.Tests.Support;

namespace StorageOps.StatesLanguage.Tests.Mocking;

public sealed class MockConfigurationTests
{
    private const string Config = """
        {
          "StateMachines": {
            "provision": {
              "TestCases": {
                "HappyPath": { "Invoke": "InvokeOk", "Plain": "PlainOk", "Notify": "Published" },
                "RetryPath": { "Invoke": "FailTwiceThenOk" },
                "Throws": { "Invoke": "AlwaysThrows" }
              }
            },
            "other": { "TestCases": { "T": {} } }
          },
          "MockedResponses": {
            "InvokeOk": { "0": { "Return": { "StatusCode": 200, "Payload": { "id": "fs-1" } } } },
            "PlainOk": { "0": { "Return": { "StatusCode": 200, "Payload": { "plain": true } } } },
            "Published": { "0": { "Return": { "MessageId": "m-1" } } },
            "FailTwiceThenOk": {
              "0-1": { "Throw": { "Error": "Lambda.ServiceException", "Cause": "try again" } },
              "2": { "Return": { "StatusCode": 200, "Payload": "third" } }
            },
            "AlwaysThrows": { "0": { "Throw": { "Error": "Custom.Error", "Cause": "mocked cause" } } }
          }
        }
        """;

    private static readonly string Definition = $$$$"""
        {"StartAt":"Invoke","States":{
          "Invoke":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f","Payload.$":"$"},
                    "Retry":[{"ErrorEquals":["Lambda.ServiceException"],"IntervalSeconds":1,"MaxAttempts":3}],"ResultPath":"$.invoke","Next":"Plain"},
          "Plain":{"Type":"Task","Resource":"{{{{Machines.LambdaArn}}}}","ResultPath":"$.plain","Next":"Notify"},
          "Notify":{"Type":"Task","Resource":"arn:aws:states:::sns:publish","Parameters":{"TopicArn":"t","Message":"m"},"ResultPath":"$.notify","End":true}}}
        """;

    private static async Task<ExecutionResult> RunAsync(string testCase, string? machine = "provision", string definition = "", string input = "{}")
    {
        var harness = new EngineHarness();
        harness.Lambda.On(Machines.LambdaArn, _ => JsonValue.Create("real"));
        harness.Lambda.On("f", _ => JsonValue.Create("real"));
        var mocks = MockConfiguration.Parse(Config).GetTestCase(machine, testCase);
        return await harness.Engine.RunAsync(StateMachineDefinition.Parse(definition.Length == 0 ? Definition : definition), JsonNode.Parse(input),
            new ExecutionOptions { Mocks = mocks });
    }

    [Fact]
    public async Task HappyPath_ShouldUseReturnAsIsForLambdaInvokeAndItsPayloadForAPlainFunctionArn()
    {
        var result = await RunAsync("HappyPath");

        Assert.Equal(
            """{"invoke":{"StatusCode":200,"Payload":{"id":"fs-1"}},"plain":{"plain":true},"notify":{"MessageId":"m-1"}}""",
            EngineHarness.Output(result));
        Assert.Contains(HistoryEventType.LambdaFunctionSucceeded, result.History.Select(e => e.Type));
    }

    [Fact]
    public async Task RetryPath_ShouldAdvanceTheCounterOnEveryRetryAndLeaveUnmockedStatesReal()
    {
        var result = await RunAsync("RetryPath");

        Assert.StartsWith("""{"invoke":{"StatusCode":200,"Payload":"third"},"plain":"real","notify":{"MessageId":""", EngineHarness.Output(result), StringComparison.Ordinal);
        Assert.Equal(2, EngineHarness.OfType(result, HistoryEventType.TaskFailed).Count());
    }

    [Fact]
    public async Task Throw_ShouldFailWithExactlyTheMockedErrorAndCause()
    {
        var result = await RunAsync("Throws");

        Assert.Equal(("Custom.Error", "mocked cause"), (result.Error, result.Cause));
    }

    [Fact]
    public async Task Counter_ShouldAdvanceAcrossMapIterations()
    {
        var definition = """
            {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":1,"ItemProcessor":{"StartAt":"Invoke","States":{
              "Invoke":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},"OutputPath":"$.Payload","Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}],"End":true},
              "Caught":{"Type":"Pass","Result":"caught","End":true}}},"End":true}}}
            """;

        var result = await RunAsync("RetryPath", definition: definition, input: "[1,2,3]");

        Assert.Equal((null, null), (result.Error, result.Cause));
        Assert.Equal("""["caught","caught","third"]""", EngineHarness.Output(result));
    }

    [Fact]
    public async Task Invocation_PastTheLastDefinedKey_ShouldFailNamingTheResponse()
    {
        var definition = """
            {"StartAt":"Invoke","States":{"Invoke":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},"Next":"Again"},
              "Again":{"Type":"Pass","Next":"Check"},"Check":{"Type":"Choice","Choices":[{"Variable":"$.StatusCode","NumericEquals":200,"Next":"Invoke"}]}}}
            """;

        var result = await RunAsync("HappyPath", definition: definition);

        Assert.Equal("States.Runtime", result.Error);
        Assert.Equal("State 'Invoke': mocked response 'InvokeOk' defines no outcome for invocation 1 (invocations are counted from 0)", result.Cause);
    }

    [Fact]
    public void GetTestCase_WhenTheMachineIsAmbiguousOrUnknown_ShouldSayWhichExist()
    {
        var config = MockConfiguration.Parse(Config);

        var unknownMachine = Assert.Throws<MockConfigurationException>(() => config.GetTestCase("nope", "HappyPath"));
        var unknownCase = Assert.Throws<MockConfigurationException>(() => config.GetTestCase("provision", "Nope"));

        Assert.Equal("The mock configuration has no state machine 'nope' (it has: other, provision)", unknownMachine.Message);
        Assert.Equal("State machine 'provision' of the mock configuration has no test case 'Nope' (it has: HappyPath, RetryPath, Throws)", unknownCase.Message);
    }

    [Fact]
    public void GetTestCase_WhenTheConfigurationHoldsOneMachine_ShouldSelectItByTestCaseAlone()
    {
        var config = MockConfiguration.Parse("""{"StateMachines":{"only":{"TestCases":{"T":{"S":"R"}}}},"MockedResponses":{"R":{"0":{"Return":1}}}}""");

        var testCase = config.GetTestCase("whatever-the-file-is-called", "T");

        Assert.Equal(("only", "T", "R"), (testCase.StateMachineName, testCase.Name, testCase.ResponsesByState["S"].Name));
    }

    [Theory]
    [InlineData("""{"StateMachines":{},"MockedResponses":{"R":{"1":{"Return":1}}}}""", "MockedResponses.R: invocation keys must start at \"0\" and leave no gaps or overlaps (expected 0, found 1)")]
    [InlineData("""{"StateMachines":{},"MockedResponses":{"R":{"x":{"Return":1}}}}""", "MockedResponses.R: key 'x' must be an invocation number (\"0\") or range (\"1-2\")")]
    [InlineData("""{"StateMachines":{},"MockedResponses":{"R":{"0":{"Return":1,"Throw":{}}}}}""", "MockedResponses.R.0 must have exactly one of Return or Throw")]
    [InlineData("""{"StateMachines":{"M":{"TestCases":{"T":{"S":"Missing"}}}},"MockedResponses":{}}""", "StateMachines.M.TestCases.T.S refers to mocked response 'Missing', which is not in MockedResponses")]
    [InlineData("""{"MockedResponses":{}}""", "StateMachines is required and must be a JSON object")]
    public void Parse_WhenTheFileIsMalformed_ShouldSayWhere(string json, string message)
    {
        Assert.Equal(message, Assert.Throws<MockConfigurationException>(() => MockConfiguration.Parse(json)).Message);
    }
}
