using System.Globalization;
using System.Text;
using StorageOps.Local.Template;

namespace StorageOps.Local.Queues;

/// <summary>
/// An SQS standard queue on the virtual clock: a received message is invisible for the visibility timeout and comes
/// back unless deleted; one received <see cref="WiredQueue.MaxReceiveCount"/> times moves to the dead-letter queue
/// on its next receive, as SQS's redrive policy does.
/// </summary>
public sealed class LocalQueue
{
    private readonly TimeProvider time;
    private readonly List<LocalQueueMessage> messages = [];
    private readonly Lock gate = new();
    private long sequence;

    public LocalQueue(WiredQueue queue, LocalQueue? deadLetterQueue, TimeProvider time)
    {
        Queue = queue;
        DeadLetterQueue = deadLetterQueue;
        this.time = time;
    }

    public WiredQueue Queue { get; }

    public LocalQueue? DeadLetterQueue { get; }

    public IReadOnlyList<LocalQueueMessage> Messages
    {
        get
        {
            lock (gate)
            {
                return [.. messages];
            }
        }
    }

    public LocalQueueMessage Send(string body)
    {
        lock (gate)
        {
            var message = new LocalQueueMessage(MessageIdOf(++sequence), body, time.GetUtcNow());
            messages.Add(message);
            return message;
        }
    }

    /// <summary>Up to <paramref name="maxMessages"/> visible messages, each now invisible for the visibility timeout.</summary>
    public IReadOnlyList<LocalQueueMessage> Receive(int maxMessages)
    {
        var now = time.GetUtcNow();
        var received = new List<LocalQueueMessage>();
        lock (gate)
        {
            foreach (var message in messages.Where(message => message.VisibleAt <= now).ToList())
            {
                if (Queue.MaxReceiveCount is { } maxReceiveCount && DeadLetterQueue is not null && message.ReceiveCount >= maxReceiveCount)
                {
                    messages.Remove(message);
                    DeadLetterQueue.Accept(message);
                    continue;
                }

                if (received.Count == maxMessages)
                {
                    break;
                }

                message.ReceiveCount++;
                message.FirstReceivedAt ??= now;
                message.VisibleAt = now + Queue.VisibilityTimeout;
                message.ReceiptHandle = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Queue.Name}/{message.MessageId}/{message.ReceiveCount}"));
                received.Add(message);
            }
        }

        return received;
    }

    /// <summary>Deletes the message if <paramref name="receiptHandle"/> is its latest; SQS ignores a stale handle.</summary>
    public bool Delete(string receiptHandle)
    {
        lock (gate)
        {
            return messages.RemoveAll(message => message.ReceiptHandle == receiptHandle) > 0;
        }
    }

    /// <summary>When the next invisible message becomes visible again; null when none is in flight.</summary>
    public DateTimeOffset? NextVisibleAt()
    {
        lock (gate)
        {
            return messages.Count == 0 ? null : messages.Min(message => message.VisibleAt);
        }
    }

    public int VisibleCount()
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            return messages.Count(message => message.VisibleAt <= now);
        }
    }

    private void Accept(LocalQueueMessage message)
    {
        lock (gate)
        {
            message.VisibleAt = time.GetUtcNow();
            messages.Add(message);
        }
    }

    /// <summary>Shaped like SQS's message ids (a UUID), numbered so that runs repeat.</summary>
    private static string MessageIdOf(long number) => string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-{number:D12}");
}
