using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Tests.Support;

namespace StorageOps.StatesLanguage.Tests.Execution;

public sealed class ConcurrentExecutionTests
{
    [Fact]
    public async Task RunAsync_WhenAThousandExecutionsEachWaitThirtyMinutes_ShouldAllSucceedThirtyVirtualMinutesAfterStart()
    {
        var harness = new EngineHarness();
        harness.Lambda.On(Machines.LambdaArn, payload => new JsonObject { ["done"] = payload!["id"]!.DeepClone() });
        var definition = StateMachineDefinition.Parse("""
            {"StartAt":"Hold","States":{
              "Hold":{"Type":"Wait","Seconds":1800,"Next":"Work"},
              "Work":{"Type":"Task","Resource":"ARN","End":true}}}
            """.Replace("ARN", Machines.LambdaArn, StringComparison.Ordinal));

        Task<ExecutionResult>[] executions;
        using (harness.Clock.BeginActivity())
        {
            executions = [.. Enumerable.Range(0, 1000).Select(i => harness.Engine.RunAsync(
                definition, new JsonObject { ["id"] = i }, new ExecutionOptions { ExecutionName = $"exec-{i}" }))];
        }

        var results = await Task.WhenAll(executions);

        Assert.All(results, result => Assert.Equal(ExecutionStatus.Succeeded, result.Status));
        Assert.All(results, result => Assert.Equal(EngineHarness.Start, result.StartDate));
        Assert.All(results, result => Assert.Equal(EngineHarness.Start.AddMinutes(30), result.StopDate));
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => $$"""{"done":{{i}}}"""), results.Select(EngineHarness.Output));
        Assert.Equal(EngineHarness.Start.AddMinutes(30), harness.Clock.GetUtcNow());
        Assert.Equal(0, harness.Clock.PendingTimerCount);
    }

    [Fact]
    public async Task RunAsync_WhenExecutionsWaitDifferentTimes_ShouldInterleaveInVirtualTimeOrder()
    {
        var harness = new EngineHarness();
        var definition = StateMachineDefinition.Parse("""{"StartAt":"W","States":{"W":{"Type":"Wait","SecondsPath":"$.s","End":true}}}""");
        var finishOrder = new List<int>();
        var gate = new Lock();

        Task<ExecutionResult>[] executions;
        using (harness.Clock.BeginActivity())
        {
            executions = [.. new[] { 300, 100, 200 }.Select(seconds => harness.Engine.RunAsync(
                definition,
                new JsonObject { ["s"] = seconds },
                new ExecutionOptions
                {
                    ExecutionName = $"wait-{seconds}",
                    OnEvent = e =>
                    {
                        if (e.Type == HistoryEventType.ExecutionSucceeded)
                        {
                            lock (gate)
                            {
                                finishOrder.Add(seconds);
                            }
                        }
                    },
                }))];
        }

        var results = await Task.WhenAll(executions);

        Assert.Equal([300.0, 100.0, 200.0], results.Select(result => EngineHarness.SecondsSinceStart(result.StopDate)));
        Assert.Equal([100, 200, 300], finishOrder);
    }

    [Fact]
    public async Task RunAsync_WhenATaskIsRunning_ShouldNotLetVirtualTimeAdvanceForOtherExecutions()
    {
        var harness = new EngineHarness();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Lambda.OnAsync(Machines.LambdaArn, async (_, _) =>
        {
            started.SetResult();
            await release.Task;
            return new StorageOps.StatesLanguage.Lambda.LambdaInvocationResult(JsonValue.Create(harness.Clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture)), null);
        });
        var slowTask = StateMachineDefinition.Parse(Machines.Single($$"""{"Type":"Task","Resource":"{{Machines.LambdaArn}}","End":true}"""));
        var waiter = StateMachineDefinition.Parse("""{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"End":true}}}""");

        var taskExecution = harness.Engine.RunAsync(slowTask, null);
        await started.Task;
        var waitExecution = harness.Engine.RunAsync(waiter, null);

        Assert.False(waitExecution.IsCompleted);
        Assert.Equal(EngineHarness.Start, harness.Clock.GetUtcNow());
        release.SetResult();
        var taskResult = await taskExecution;
        var waitResult = await waitExecution;
        Assert.Equal("\"2026-01-01T00:00:00.0000000+00:00\"", EngineHarness.Output(taskResult));
        Assert.Equal(60, EngineHarness.SecondsSinceStart(waitResult.StopDate));
    }
}
