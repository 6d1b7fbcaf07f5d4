namespace StorageOps.Local.Template;

/// <summary>An <c>AWS::Lambda::EventSourceMapping</c> from a queue to a function, values as written.</summary>
public sealed record SamEventSourceMapping(
    string LogicalId,
    object? EventSourceArn,
    object? FunctionName,
    string? BatchSize,
    string? MaximumBatchingWindowInSeconds,
    IReadOnlyList<string> FunctionResponseTypes,
    string? MaximumConcurrency);
