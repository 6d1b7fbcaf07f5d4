using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using StorageOps.Local.Template;
using StorageOps.StatesLanguage.Lambda;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.Local.Queues;

/// <summary>
/// Lambda's SQS event source mapping on the virtual clock: batches of up to BatchSize records (waiting up to the
/// batching window for a full batch), up to MaximumConcurrency batches at once, each record shaped as Lambda sends
/// it; the partial batch response decides which records are deleted, a function error keeps the whole batch.
/// </summary>
public sealed class LocalSqsEventSource
{
    private readonly WiredEventSource mapping;
    private readonly LocalQueue queue;
    private readonly ILambdaInvoker lambda;
    private readonly VirtualClock clock;
    private readonly LocalAccount account;

    public LocalSqsEventSource(WiredEventSource mapping, LocalQueue queue, ILambdaInvoker lambda, VirtualClock clock, LocalAccount account)
    {
        this.mapping = mapping;
        this.queue = queue;
        this.lambda = lambda;
        this.clock = clock;
        this.account = account;
    }

    public WiredEventSource Mapping => mapping;

    /// <summary>Every batch the function was invoked with, with its response, in order.</summary>
    public List<(JsonObject Event, LambdaInvocationResult Response)> Invocations { get; } = [];

    /// <summary>Delivers until the queue is empty: every message deleted, or moved to the dead-letter queue.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        using var activity = clock.BeginActivity();
        while (queue.NextVisibleAt() is { } nextVisible)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = clock.GetUtcNow();
            if (nextVisible > now)
            {
                await clock.WaitAsync(nextVisible - now, cancellationToken);
                continue;
            }

            if (queue.VisibleCount() < mapping.BatchSize && mapping.MaximumBatchingWindow > TimeSpan.Zero)
            {
                await clock.WaitAsync(mapping.MaximumBatchingWindow, cancellationToken);
            }

            var batches = new List<IReadOnlyList<LocalQueueMessage>>();
            for (var poller = 0; poller < (mapping.MaximumConcurrency ?? 1); poller++)
            {
                var batch = queue.Receive(mapping.BatchSize);
                if (batch.Count == 0)
                {
                    break;
                }

                batches.Add(batch);
            }

            await Task.WhenAll(batches.Select(batch => InvokeAsync(batch, cancellationToken)));
        }
    }

    private async Task InvokeAsync(IReadOnlyList<LocalQueueMessage> batch, CancellationToken cancellationToken)
    {
        var sqsEvent = new JsonObject { ["Records"] = new JsonArray([.. batch.Select(Record)]) };
        var response = await lambda.InvokeAsync(mapping.Function, sqsEvent, cancellationToken);
        lock (Invocations)
        {
            Invocations.Add((sqsEvent, response));
        }

        if (response.FunctionError is not null)
        {
            return;
        }

        var failed = mapping.ReportBatchItemFailures ? FailedMessageIds(response.Payload, batch) : [];
        if (failed is null)
        {
            return;
        }

        foreach (var message in batch.Where(message => !failed.Contains(message.MessageId)))
        {
            queue.Delete(message.ReceiptHandle!);
        }
    }

    /// <summary>The ids the response lists; null (the whole batch failed) when it names a record not in the batch, as Lambda treats it.</summary>
    private static HashSet<string>? FailedMessageIds(JsonNode? payload, IReadOnlyList<LocalQueueMessage> batch)
    {
        if (payload is not JsonObject response || response["batchItemFailures"] is not JsonArray failures)
        {
            return [];
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var failure in failures)
        {
            if (failure?["itemIdentifier"] is not JsonValue value || !value.TryGetValue<string>(out var id) || batch.All(message => message.MessageId != id))
            {
                return null;
            }

            ids.Add(id);
        }

        return ids;
    }

    private JsonNode Record(LocalQueueMessage message) => new JsonObject
    {
        ["messageId"] = message.MessageId,
        ["receiptHandle"] = message.ReceiptHandle,
        ["body"] = message.Body,
        ["attributes"] = new JsonObject
        {
            ["ApproximateReceiveCount"] = message.ReceiveCount.ToString(CultureInfo.InvariantCulture),
            ["SentTimestamp"] = message.SentAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            ["SenderId"] = account.AccountId,
            ["ApproximateFirstReceiveTimestamp"] = message.FirstReceivedAt!.Value.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        },
        ["messageAttributes"] = new JsonObject(),
        ["md5OfBody"] = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(message.Body))),
        ["eventSource"] = "aws:sqs",
        ["eventSourceARN"] = queue.Queue.Arn,
        ["awsRegion"] = account.Region,
    };
}
