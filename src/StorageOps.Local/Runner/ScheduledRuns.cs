using System.Globalization;
using System.Text.Json.Nodes;
using StorageOps.Local.Schedules;
using StorageOps.Local.Template;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;
using StorageOps.StatesLanguage.Lambda;

namespace StorageOps.Local.Runner;

/// <summary>
/// Fires a schedule of the template in a local environment as EventBridge Scheduler fires it: at its time on the virtual
/// clock, with its Input and <c>&lt;aws.scheduler.scheduled-time&gt;</c> replaced by that time.
/// </summary>
public static class ScheduledRuns
{
    public const string ScheduledTimePlaceholder = "<aws.scheduler.scheduled-time>";

    /// <summary>The schedule's first time at or after <paramref name="instant"/>, in its time zone.</summary>
    public static DateTimeOffset NextAtOrAfter(WiredSchedule schedule, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return ScheduleExpression.Parse(schedule.Expression).NextAtOrAfter(instant, ScheduleExpression.TimeZone(schedule.TimeZone))
            ?? throw new TemplateException($"Schedule {schedule.Name} ({schedule.Expression}) never fires at or after {Format(instant)}.");
    }

    /// <summary>The schedule's Input with the scheduled time as Scheduler writes it (<c>2026-12-01T03:00:00Z</c>).</summary>
    public static JsonNode? InputAt(WiredSchedule schedule, DateTimeOffset scheduledTime)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return JsonNode.Parse(schedule.Input.Replace(ScheduledTimePlaceholder, Format(scheduledTime), StringComparison.Ordinal));
    }

    public static string Format(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Starts the schedule's state machine at <paramref name="scheduledTime"/> (virtual time moves forward to it first) and runs it to its end.</summary>
    public static async Task<ExecutionResult> RunStateMachineAsync(LocalEnvironment environment, WiredSchedule schedule, DateTimeOffset scheduledTime, Action<HistoryEvent>? onEvent = null, CancellationToken cancellationToken = default, Action<string, HistoryEvent>? onChildEvent = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(schedule);
        var workflow = schedule.Workflow ?? throw new TemplateException($"Schedule {schedule.Name} invokes function {schedule.Function}, not a state machine.");
        await AdvanceToAsync(environment, scheduledTime, cancellationToken);
        return await environment.RunAsync(workflow, InputAt(schedule, scheduledTime), onEvent, onChildEvent, cancellationToken);
    }

    /// <summary>Invokes the schedule's function at <paramref name="scheduledTime"/> as Scheduler does (asynchronously in AWS; here to its end).</summary>
    public static async Task<LambdaInvocationResult> InvokeFunctionAsync(LocalEnvironment environment, WiredSchedule schedule, DateTimeOffset scheduledTime, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(schedule);
        var function = schedule.Function ?? throw new TemplateException($"Schedule {schedule.Name} starts state machine {schedule.Workflow}, not a function.");
        await AdvanceToAsync(environment, scheduledTime, cancellationToken);
        using (environment.Clock.BeginActivity())
        {
            return await environment.Lambda.InvokeAsync(function, InputAt(schedule, scheduledTime), cancellationToken);
        }
    }

    /// <summary>Moves the virtual clock forward to <paramref name="instant"/>, as the wait for a schedule's time; nothing when it has passed.</summary>
    public static async Task AdvanceToAsync(LocalEnvironment environment, DateTimeOffset instant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var delay = instant - environment.Clock.GetUtcNow();
        if (delay > TimeSpan.Zero)
        {
            using (environment.Clock.BeginActivity())
            {
                await environment.Clock.WaitAsync(delay, cancellationToken);
            }
        }
    }
}
