namespace StorageOps.Simulator.StepFunctions;

/// <summary>How an execution ended. <see cref="Status"/> is SUCCEEDED, FAILED, TIMED_OUT or ABORTED.</summary>
public sealed record ExecutionOutcome(string Status, string? Output, string? Error, string? Cause, DateTimeOffset StopDate);
