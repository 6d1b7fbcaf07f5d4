namespace StorageOps.Local.Template;

/// <summary>
/// A schedule of the template as EventBridge Scheduler would run it: its name without the stack's prefix
/// (<c>nightly-snapshots</c>), what it starts, its expression and time zone (parameters at their defaults) and its Input.
/// </summary>
/// <param name="Workflow">The state machine's workflow name, when the schedule starts a state machine.</param>
/// <param name="Function">The function's logical id, when the schedule invokes a function.</param>
public sealed record WiredSchedule(string Name, string? Workflow, string? Function, string Expression, string TimeZone, string Input);
