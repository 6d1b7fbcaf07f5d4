using System.Text.Json.Nodes;
using StorageOps.Local.Reports;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.Local.Tests.Reports;

public sealed class ExecutionTimelineTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Events one second apart, numbered as the engine numbers them.</summary>
    private static List<HistoryEvent> History(params (HistoryEventType Type, HistoryEventDetails? Details)[] events) =>
        [.. events.Select((entry, index) => new HistoryEvent(index + 1, index, Start.AddSeconds(index), entry.Type, entry.Details))];

    private static (HistoryEventType, HistoryEventDetails?) Entered(HistoryEventType type, string name, string input = "{}") => (type, new StateEnteredEventDetails(name, input));

    private static (HistoryEventType, HistoryEventDetails?) Exited(HistoryEventType type, string name, string output = "{}") => (type, new StateExitedEventDetails(name, output));

    private static (HistoryEventType, HistoryEventDetails?) Scheduled() => (HistoryEventType.TaskScheduled, new TaskScheduledEventDetails("lambda", "invoke", "us-east-1", "{}", null, null));

    private static (HistoryEventType, HistoryEventDetails?) Succeeded() => (HistoryEventType.TaskSucceeded, new TaskSucceededEventDetails("lambda", "invoke", "{}"));

    private static (HistoryEventType, HistoryEventDetails?) TaskFailed(string error) => (HistoryEventType.TaskFailed, new TaskFailedEventDetails("lambda", "invoke", error, "it broke"));

    private static (HistoryEventType, HistoryEventDetails?) Started() => (HistoryEventType.ExecutionStarted, new ExecutionStartedEventDetails("{}", null));

    [Fact]
    public void From_WhenAStateExitsAfterOneAttempt_ShouldMarkItSucceededWithItsInputAndOutput()
    {
        var timeline = ExecutionTimeline.From(History(
            Started(),
            Entered(HistoryEventType.TaskStateEntered, "Create", """{"size":1}"""),
            Scheduled(),
            Succeeded(),
            Exited(HistoryEventType.TaskStateExited, "Create", """{"id":"fs-1"}"""),
            (HistoryEventType.ExecutionSucceeded, new ExecutionSucceededEventDetails("{}"))));

        var run = timeline.States["Create"];
        Assert.Equal(StateStatus.Succeeded, run.Status);
        var visit = Assert.Single(run.Visits);
        Assert.Equal(("""{"size":1}""", """{"id":"fs-1"}""", 1), (visit.Input, visit.Output, visit.Attempts));
        Assert.Equal(Start.AddSeconds(4), visit.Exited);
        Assert.Empty(visit.Failures);
    }

    [Fact]
    public void From_WhenATaskFailsAndNothingCatchesIt_ShouldMarkItFailedWithTheError()
    {
        var timeline = ExecutionTimeline.From(History(
            Started(),
            Entered(HistoryEventType.TaskStateEntered, "Create"),
            Scheduled(),
            TaskFailed("StorageOps.FileSystemFailed"),
            (HistoryEventType.ExecutionFailed, new ExecutionFailedEventDetails("StorageOps.FileSystemFailed", "it broke"))));

        var visit = Assert.Single(timeline.States["Create"].Visits);
        Assert.Equal(StateStatus.Failed, timeline.StatusOf("Create"));
        Assert.Null(visit.Exited);
        Assert.Null(visit.Output);
        Assert.Equal("StorageOps.FileSystemFailed", Assert.Single(visit.Failures).Error);
    }

    [Fact]
    public void From_WhenATaskFailsAndExits_ShouldMarkItCaught()
    {
        var timeline = ExecutionTimeline.From(History(
            Started(),
            Entered(HistoryEventType.TaskStateEntered, "Create"),
            Scheduled(),
            TaskFailed("StorageOps.AwsServiceError"),
            Exited(HistoryEventType.TaskStateExited, "Create", """{"Error":"StorageOps.AwsServiceError"}"""),
            Entered(HistoryEventType.FailStateEntered, "ProvisioningFailed"),
            (HistoryEventType.ExecutionFailed, new ExecutionFailedEventDetails("StorageOps.AwsServiceError", null))));

        Assert.Equal(StateStatus.Caught, timeline.StatusOf("Create"));
        Assert.Equal(StateStatus.Failed, timeline.StatusOf("ProvisioningFailed"));
    }

    [Fact]
    public void From_WhenAFailedAttemptIsRetriedAndSucceeds_ShouldMarkItRetriedAndCountTheAttempts()
    {
        var timeline = ExecutionTimeline.From(History(
            Started(),
            Entered(HistoryEventType.TaskStateEntered, "Describe"),
            Scheduled(),
            TaskFailed("StorageOps.Throttled"),
            Scheduled(),
            Succeeded(),
            Exited(HistoryEventType.TaskStateExited, "Describe")));

        var visit = Assert.Single(timeline.States["Describe"].Visits);
        Assert.Equal(StateStatus.Retried, visit.Status);
        Assert.Equal(2, visit.Attempts);
        Assert.Single(visit.Failures);
    }

    [Fact]
    public void From_WhenRetriesRunOutAndACatchTakesOver_ShouldMarkItCaughtNotRetried()
    {
        var timeline = ExecutionTimeline.From(History(
            Started(),
            Entered(HistoryEventType.TaskStateEntered, "Describe"),
            Scheduled(),
            TaskFailed("StorageOps.Throttled"),
            Scheduled(),
            TaskFailed("StorageOps.Throttled"),
            Exited(HistoryEventType.TaskStateExited, "Describe")));

        Assert.Equal(StateStatus.Caught, timeline.StatusOf("Describe"));
        Assert.Equal(2, timeline.States["Describe"].Visits[0].Failures.Count);
    }

    [Fact]
    public void From_WhenAStateIsNeverEntered_ShouldReportItNotReached()
    {
        var timeline = ExecutionTimeline.From(History(Started(), Entered(HistoryEventType.PassStateEntered, "A"), Exited(HistoryEventType.PassStateExited, "A")));

        Assert.Equal(StateStatus.NotReached, timeline.StatusOf("B"));
        Assert.False(timeline.States.ContainsKey("B"));
    }

    [Fact]
    public void From_WhenAStateRunsInALoop_ShouldKeepEveryVisitAndShowTheWorst()
    {
        var timeline = ExecutionTimeline.From(History(
            Started(),
            Entered(HistoryEventType.TaskStateEntered, "Describe", """{"poll":1}"""),
            Scheduled(),
            Succeeded(),
            Exited(HistoryEventType.TaskStateExited, "Describe"),
            Entered(HistoryEventType.TaskStateEntered, "Describe", """{"poll":2}"""),
            Scheduled(),
            TaskFailed("StorageOps.Throttled"),
            Scheduled(),
            Succeeded(),
            Exited(HistoryEventType.TaskStateExited, "Describe")));

        var run = timeline.States["Describe"];
        Assert.Equal([StateStatus.Succeeded, StateStatus.Retried], run.Visits.Select(visit => visit.Status));
        Assert.Equal(StateStatus.Retried, run.Status);
        Assert.Equal("""{"poll":2}""", run.Visits[1].Input);
    }

    [Fact]
    public void From_ShouldGiveEveryEventARowWithItsStateElapsedTimeDurationAndError()
    {
        var timeline = ExecutionTimeline.From(History(
            Started(),
            Entered(HistoryEventType.TaskStateEntered, "Create"),
            Scheduled(),
            TaskFailed("StorageOps.FileSystemFailed"),
            (HistoryEventType.ExecutionFailed, new ExecutionFailedEventDetails("StorageOps.FileSystemFailed", "it broke"))));

        Assert.Equal(5, timeline.Rows.Count);
        var failed = timeline.Rows[3];
        Assert.Equal((HistoryEventType.TaskFailed, "Create", TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(1)), (failed.Type, failed.StateName, failed.Elapsed, failed.Duration));
        Assert.Equal(("StorageOps.FileSystemFailed", "it broke"), (failed.Error, failed.Cause));
        Assert.Null(timeline.Rows[4].StateName);
        Assert.Equal("StorageOps.FileSystemFailed", timeline.Rows[4].Error);
    }

    [Fact]
    public async Task From_WhenTheEngineRetriesCatchesAndFails_ShouldColourEachStateAsItHappened()
    {
        var definition = StateMachineDefinition.Parse("""
            {
              "StartAt": "Flaky",
              "States": {
                "Flaky": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:flaky", "Next": "Broken",
                           "Retry": [{ "ErrorEquals": ["States.ALL"], "IntervalSeconds": 1, "MaxAttempts": 2 }] },
                "Broken": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:broken", "Next": "Unreached",
                            "Catch": [{ "ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "IsRecoverable" }] },
                "IsRecoverable": { "Type": "Choice", "Choices": [{ "Variable": "$.recoverable", "BooleanEquals": true, "Next": "Unreached" }], "Default": "GiveUp" },
                "Unreached": { "Type": "Succeed" },
                "GiveUp": { "Type": "Fail", "Error": "Gave.Up" }
              }
            }
            """);
        var invoker = new ScriptedLambdaInvoker(new Dictionary<string, int>
        {
            ["arn:aws:lambda:us-east-1:123456789012:function:flaky"] = 1,
            ["arn:aws:lambda:us-east-1:123456789012:function:broken"] = 9,
        });
        var result = await new StateMachineEngine(new VirtualClock(Start), invoker).RunAsync(definition, new JsonObject { ["recoverable"] = false });

        var timeline = ExecutionTimeline.From(result.History);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(StateStatus.Retried, timeline.StatusOf("Flaky"));
        Assert.Equal(2, timeline.States["Flaky"].Visits[0].Attempts);
        Assert.Equal(StateStatus.Caught, timeline.StatusOf("Broken"));
        Assert.Equal("StorageOps.Throttled", timeline.States["Broken"].Visits[0].Failures[0].Error);
        Assert.Equal(StateStatus.Succeeded, timeline.StatusOf("IsRecoverable"));
        Assert.Equal(StateStatus.Failed, timeline.StatusOf("GiveUp"));
        Assert.Equal(StateStatus.NotReached, timeline.StatusOf("Unreached"));
    }
}
