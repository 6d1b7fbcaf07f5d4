using System.Text.Json.Serialization;

namespace StorageOps.Functions.EventSources.Sqs;

/// <summary>One message of an <see cref="SqsEvent"/>; <see cref="Body"/> is our request, parsed strictly by its handler.</summary>
/// <param name="Attributes">System attributes such as <c>ApproximateReceiveCount</c> and <c>SentTimestamp</c>.</param>
public sealed record SqsMessage(
    string MessageId,
    string? ReceiptHandle,
    string Body,
    IReadOnlyDictionary<string, string>? Attributes,
    IReadOnlyDictionary<string, SqsMessageAttribute>? MessageAttributes,
    string? Md5OfBody,
    string? EventSource,
    [property: JsonPropertyName("eventSourceARN")] string? EventSourceArn,
    string? AwsRegion);
