using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Tests.Support;

namespace StorageOps.StatesLanguage.Tests.Execution;

public sealed class StateMachineEngineTests
{
    [Fact]
    public async Task RunAsync_WhenOnEventIsSet_ShouldReportEveryEventLiveAndInOrder()
    {
        var seen = new List<HistoryEvent>();

        var result = await new EngineHarness().RunAsync(
            """{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Succeed"}}}""",
            options: new ExecutionOptions { OnEvent = seen.Add });

        Assert.Equal(result.History, seen);
        Assert.Equal([1L, 2, 3, 4, 5, 6], seen.Select(e => e.Id));
        Assert.Equal([0L, 1, 2, 3, 4, 5], seen.Select(e => e.PreviousEventId));
    }

    [Fact]
    public async Task RunAsync_WhenCancelled_ShouldEndAsAbortedAtTheVirtualInstant()
    {
        var harness = new EngineHarness();
        using var cancellation = new CancellationTokenSource();
        var definition = StateMachineDefinition.Parse("""{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":100,"End":true}}}""");
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new ExecutionOptions { OnEvent = e => { if (e.Type == HistoryEventType.WaitStateEntered) { waiting.SetResult(); } } };
        ExecutionResult result;
        using (harness.Clock.BeginActivity())
        {
            var execution = harness.Engine.RunAsync(definition, null, options, cancellation.Token);
            await waiting.Task;
            await cancellation.CancelAsync();
            result = await execution;
        }

        Assert.Equal(ExecutionStatus.Aborted, result.Status);
        Assert.Equal(["ExecutionStarted", "WaitStateEntered:W", "ExecutionAborted"], EngineHarness.Trace(result));
        Assert.Equal(EngineHarness.Start, result.StopDate);
    }

    [Fact]
    public async Task RunAsync_WhenAStateOutputExceeds256KiB_ShouldFailWithDataLimitExceeded()
    {
        var big = new string('x', 300_000);

        var result = await new EngineHarness().RunAsync(Machines.Single($$"""{"Type":"Pass","Result":"{{big}}","End":true}"""));

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(("States.DataLimitExceeded", "The output of state 'S' is more than the 262144 bytes allowed"), (result.Error, result.Cause));
    }

    [Fact]
    public async Task RunAsync_WhenATaskResultCannotBeRecorded_ShouldFailWithStatesRuntimeInsteadOfFaulting()
    {
        var harness = new EngineHarness();
        JsonNode deep = new JsonObject();
        for (var level = 0; level < 100; level++)
        {
            deep = new JsonObject { ["inner"] = deep };
        }

        harness.Lambda.On("arn:aws:lambda:us-east-1:123456789012:function:deep", _ => deep.DeepClone());

        var result = await harness.RunAsync(Machines.Single("""{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:deep","End":true}"""));

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Runtime", result.Error);
        Assert.Equal("A JSON value is nested more than 64 levels deep, more than a state's input or output may be", result.Cause);
        Assert.Equal(HistoryEventType.ExecutionFailed, result.History[^1].Type);
    }

    [Fact]
    public async Task RunAsync_WhenNoExecutionNameIsGiven_ShouldGenerateReproducibleUuidNames()
    {
        var definition = StateMachineDefinition.Parse("""{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}""");

        var first = await new EngineHarness().Engine.RunAsync(definition, null);
        var again = await new EngineHarness().Engine.RunAsync(definition, null);

        Assert.Equal(first.Name, again.Name);
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", first.Name);
        Assert.Equal($"arn:aws:states:us-east-1:123456789012:execution:StateMachine:{first.Name}", first.ExecutionArn);
    }

    [Fact]
    public async Task RunAsync_WhenTheInputIsChangedByTheCallerAfterStart_ShouldNotAffectTheExecution()
    {
        var harness = new EngineHarness();
        var input = new JsonObject { ["v"] = 1 };
        var definition = StateMachineDefinition.Parse("""{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":1,"End":true}}}""");
        Task<ExecutionResult> execution;
        using (harness.Clock.BeginActivity())
        {
            execution = harness.Engine.RunAsync(definition, input);
            input["v"] = 2;
        }

        Assert.Equal("""{"v":1}""", EngineHarness.Output(await execution));
    }

    [Fact]
    public async Task RunAsync_WhenTheInputNestsDeeperThanAPayloadMay_ShouldRejectItAsInvalidInputWithoutDescendingIt()
    {
        JsonNode deep = new JsonArray();
        for (var level = 0; level < 100_000; level++)
        {
            deep = new JsonArray(deep);
        }

        var definition = StateMachineDefinition.Parse("""{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}""");

        var invalid = await Assert.ThrowsAsync<ArgumentException>(() => new EngineHarness().Engine.RunAsync(definition, deep));

        Assert.StartsWith("The execution input nests objects and arrays more than 64 levels deep", invalid.Message, StringComparison.Ordinal);
    }
}
