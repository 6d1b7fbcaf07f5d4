namespace StorageOps.Local.Queues;

/// <summary>One message in a <see cref="LocalQueue"/>, with the receive state SQS keeps for it.</summary>
public sealed class LocalQueueMessage(string messageId, string body, DateTimeOffset sentAt)
{
    public string MessageId { get; } = messageId;

    public string Body { get; } = body;

    public DateTimeOffset SentAt { get; } = sentAt;

    public int ReceiveCount { get; internal set; }

    public DateTimeOffset? FirstReceivedAt { get; internal set; }

    /// <summary>Invisible to receivers until then, after a receive (the visibility timeout).</summary>
    public DateTimeOffset VisibleAt { get; internal set; } = sentAt;

    /// <summary>Changes on every receive; only the latest deletes the message.</summary>
    public string? ReceiptHandle { get; internal set; }
}
