namespace StorageOps.Local.Template;

/// <summary>An SQS event source mapping as Lambda would run it: which queue triggers which function, in batches of how many.</summary>
public sealed record WiredEventSource(
    string LogicalId,
    string Queue,
    string Function,
    int BatchSize,
    TimeSpan MaximumBatchingWindow,
    bool ReportBatchItemFailures,
    int? MaximumConcurrency);
