using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Tests.Support;

namespace StorageOps.StatesLanguage.Tests.History;

public sealed class ExecutionHistoryJsonTests
{
    [Fact]
    public async Task ExportHistoryJson_WhenAnExecutionWaitedAndSucceeded_ShouldWriteTheGetExecutionHistoryShape()
    {
        var result = await new EngineHarness().RunAsync(
            """{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":90,"Next":"Done"},"Done":{"Type":"Succeed"}}}""",
            """{"a":"é"}""",
            new ExecutionOptions { ExecutionName = "h", RoleArn = "arn:aws:iam::123456789012:role/sfn" });

        Assert.Equal(
            """
            {"events":[
            {"timestamp":1767225600,"type":"ExecutionStarted","id":1,"previousEventId":0,"executionStartedEventDetails":{"input":"{\"a\":\"é\"}","inputDetails":{"truncated":false},"roleArn":"arn:aws:iam::123456789012:role/sfn"}},
            {"timestamp":1767225600,"type":"WaitStateEntered","id":2,"previousEventId":1,"stateEnteredEventDetails":{"name":"W","input":"{\"a\":\"é\"}","inputDetails":{"truncated":false}}},
            {"timestamp":1767225690,"type":"WaitStateExited","id":3,"previousEventId":2,"stateExitedEventDetails":{"name":"W","output":"{\"a\":\"é\"}","outputDetails":{"truncated":false}}},
            {"timestamp":1767225690,"type":"SucceedStateEntered","id":4,"previousEventId":3,"stateEnteredEventDetails":{"name":"Done","input":"{\"a\":\"é\"}","inputDetails":{"truncated":false}}},
            {"timestamp":1767225690,"type":"SucceedStateExited","id":5,"previousEventId":4,"stateExitedEventDetails":{"name":"Done","output":"{\"a\":\"é\"}","outputDetails":{"truncated":false}}},
            {"timestamp":1767225690,"type":"ExecutionSucceeded","id":6,"previousEventId":5,"executionSucceededEventDetails":{"output":"{\"a\":\"é\"}","outputDetails":{"truncated":false}}}]}
            """.Replace("\n", string.Empty, StringComparison.Ordinal),
            result.ExportHistoryJson());
    }

    [Fact]
    public async Task ExportHistoryJson_WhenAnExecutionFailed_ShouldWriteExecutionFailedDetails()
    {
        var result = await new EngineHarness().RunAsync(Machines.Single("""{"Type":"Fail","Error":"E","Cause":"C"}"""));

        Assert.EndsWith(
            """{"timestamp":1767225600,"type":"ExecutionFailed","id":3,"previousEventId":2,"executionFailedEventDetails":{"error":"E","cause":"C"}}]}""",
            result.ExportHistoryJson(),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HistoryEventType.TaskStateEntered, "stateEnteredEventDetails")]
    [InlineData(HistoryEventType.ChoiceStateExited, "stateExitedEventDetails")]
    [InlineData(HistoryEventType.LambdaFunctionScheduled, "lambdaFunctionScheduledEventDetails")]
    [InlineData(HistoryEventType.TaskTimedOut, "taskTimedOutEventDetails")]
    [InlineData(HistoryEventType.ExecutionTimedOut, "executionTimedOutEventDetails")]
    public void DetailsPropertyName_WhenGivenAType_ShouldUseTheApiMemberName(HistoryEventType type, string expected)
    {
        Assert.Equal(expected, ExecutionHistoryJson.DetailsPropertyName(type));
    }

    [Fact]
    public async Task ExportHistoryJson_WhenTimestampHasMilliseconds_ShouldWriteFractionalEpochSeconds()
    {
        var harness = new EngineHarness();
        await Task.Delay(TimeSpan.FromMilliseconds(250), harness.Clock);

        var result = await harness.RunAsync(Machines.Single("""{"Type":"Succeed"}"""));

        Assert.StartsWith("""{"events":[{"timestamp":1767225600.25,""", result.ExportHistoryJson(), StringComparison.Ordinal);
    }
}
