namespace StorageOps.Local.Template;

/// <summary>An <c>AWS::SQS::Queue</c>: its name, visibility timeout and redrive policy, values as written (literal or <see cref="Intrinsic"/>).</summary>
public sealed record SamQueue(
    string LogicalId,
    object? QueueName,
    string? VisibilityTimeout,
    object? DeadLetterTargetArn,
    string? MaxReceiveCount);
