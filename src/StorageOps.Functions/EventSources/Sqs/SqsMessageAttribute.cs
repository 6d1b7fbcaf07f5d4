namespace StorageOps.Functions.EventSources.Sqs;

/// <summary>A message attribute the sender set; <see cref="DataType"/> is <c>String</c>, <c>Number</c> or <c>Binary</c> (with an optional custom suffix).</summary>
public sealed record SqsMessageAttribute(string? StringValue, string? BinaryValue, string DataType);
