using System.Text.Json.Serialization;

namespace StorageOps.Functions.EventSources.Sqs;

/// <summary>The batch an SQS event source mapping invokes a function with.</summary>
public sealed record SqsEvent([property: JsonPropertyName("Records")] IReadOnlyList<SqsMessage> Records);
