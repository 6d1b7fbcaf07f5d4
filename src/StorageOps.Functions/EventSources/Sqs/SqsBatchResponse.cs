namespace StorageOps.Functions.EventSources.Sqs;

/// <summary>
/// The partial batch response of a function whose SQS event source has <c>FunctionResponseTypes: [ReportBatchItemFailures]</c>:
/// only the listed messages return to the queue; the others are deleted.
/// </summary>
public sealed record SqsBatchResponse(IReadOnlyList<SqsBatchItemFailure> BatchItemFailures);
