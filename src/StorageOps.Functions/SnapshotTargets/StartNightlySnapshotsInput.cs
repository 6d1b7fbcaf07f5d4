namespace StorageOps.Functions.SnapshotTargets;

/// <summary>The EventBridge Scheduler schedule's Input: <c>{"scheduledTime": "&lt;aws.scheduler.scheduled-time&gt;"}</c>.</summary>
public sealed record StartNightlySnapshotsInput(DateTimeOffset? ScheduledTime);
