namespace StorageOps.Local.Template;

/// <summary>A <c>ScheduleV2</c> event of a state machine or function (EventBridge Scheduler), values as written (literal or <see cref="Intrinsic"/>).</summary>
/// <param name="TargetLogicalId">The state machine or function the schedule starts.</param>
/// <param name="EventName">The event's key under <c>Events</c>.</param>
public sealed record SamSchedule(
    string TargetLogicalId,
    string EventName,
    object? Name,
    object? ScheduleExpression,
    object? ScheduleExpressionTimezone,
    string? Input);
