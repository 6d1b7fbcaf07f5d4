namespace StorageOps.Functions.EventSources.Sqs;

/// <summary>One message of the batch to redeliver, named by its <see cref="SqsMessage.MessageId"/>.</summary>
public sealed record SqsBatchItemFailure(string ItemIdentifier);
