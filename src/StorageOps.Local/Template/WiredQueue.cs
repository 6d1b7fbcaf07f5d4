namespace StorageOps.Local.Template;

/// <summary>A queue of the template as SQS would run it; <see cref="DeadLetterQueue"/> and <see cref="MaxReceiveCount"/> come from its redrive policy.</summary>
public sealed record WiredQueue(string LogicalId, string Name, string Url, string Arn, TimeSpan VisibilityTimeout, string? DeadLetterQueue, int? MaxReceiveCount);
