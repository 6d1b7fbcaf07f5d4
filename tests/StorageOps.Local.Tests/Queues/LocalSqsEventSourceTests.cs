using System.Text.Json.Nodes;
using StorageOps.Local.Queues;
using StorageOps.Local.Template;
using StorageOps.StatesLanguage.Lambda;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.Local.Tests.Queues;

public sealed class LocalSqsEventSourceTests
{
    private readonly VirtualClock clock = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly LocalQueue deadLetters;
    private readonly LocalQueue queue;

    public LocalSqsEventSourceTests()
    {
        deadLetters = new LocalQueue(new WiredQueue("Dlq", "dlq", "https://sqs/dlq", "arn:aws:sqs:us-east-1:123456789012:dlq", TimeSpan.FromSeconds(30), null, null), null, clock);
        queue = new LocalQueue(new WiredQueue("Requests", "requests", "https://sqs/requests", "arn:aws:sqs:us-east-1:123456789012:requests", TimeSpan.FromSeconds(60), "Dlq", 3), deadLetters, clock);
    }

    [Fact]
    public async Task DrainAsync_WhenTheFunctionListsSomeRecords_ShouldDeleteTheOthersAndRedeliverOnlyThoseUntilTheDeadLetterQueue()
    {
        var keep = queue.Send("fail");
        queue.Send("ok");
        var source = Source(batchSize: 10, reportBatchItemFailures: true, records => Failures(records.Where(record => (string?)record["body"] == "fail")));

        await source.DrainAsync(CancellationToken.None);

        Assert.Equal([2, 1, 1], source.Invocations.Select(invocation => invocation.Event["Records"]!.AsArray().Count));
        Assert.Equal(keep.MessageId, Assert.Single(deadLetters.Messages).MessageId);
        Assert.Empty(queue.Messages);
    }

    [Fact]
    public async Task DrainAsync_WhenTheFunctionFailsOrNamesARecordNotInTheBatch_ShouldKeepTheWholeBatch()
    {
        queue.Send("a");
        queue.Send("b");
        var calls = 0;
        var source = Source(batchSize: 10, reportBatchItemFailures: true, records => ++calls == 1
            ? new LambdaInvocationResult(new JsonObject { ["errorType"] = "StorageOps.InternalError" }, "StorageOps.InternalError")
            : calls == 2 ? Failures([new JsonObject { ["messageId"] = "not-in-batch" }]) : Failures([]));

        await source.DrainAsync(CancellationToken.None);

        Assert.Equal([2, 2, 2], source.Invocations.Select(invocation => invocation.Event["Records"]!.AsArray().Count));
        Assert.Empty(queue.Messages);
        Assert.Empty(deadLetters.Messages);
    }

    [Fact]
    public async Task DrainAsync_WhenPartialBatchResponsesAreOff_ShouldDeleteEveryRecordOfASuccessfulInvocation()
    {
        queue.Send("a");
        var source = Source(batchSize: 10, reportBatchItemFailures: false, records => Failures(records));

        await source.DrainAsync(CancellationToken.None);

        Assert.Single(source.Invocations);
        Assert.Empty(queue.Messages);
    }

    [Fact]
    public async Task DrainAsync_WhenMoreMessagesThanABatch_ShouldSplitThemIntoBatchesOfAtMostBatchSizeShapedAsLambdaSendsThem()
    {
        foreach (var index in Enumerable.Range(0, 7))
        {
            queue.Send($"m{index}");
        }

        var source = Source(batchSize: 3, reportBatchItemFailures: true, _ => Failures([]));

        await source.DrainAsync(CancellationToken.None);

        Assert.Equal([3, 3, 1], source.Invocations.Select(invocation => invocation.Event["Records"]!.AsArray().Count));
        var record = source.Invocations[0].Event["Records"]![0]!;
        Assert.Equal("aws:sqs", (string?)record["eventSource"]);
        Assert.Equal("arn:aws:sqs:us-east-1:123456789012:requests", (string?)record["eventSourceARN"]);
        Assert.Equal("1", (string?)record["attributes"]!["ApproximateReceiveCount"]);
        Assert.Equal("123456789012", (string?)record["attributes"]!["SenderId"]);
        Assert.Matches("^[0-9a-f]{32}$", (string?)record["md5OfBody"]);
    }

    private LocalSqsEventSource Source(int batchSize, bool reportBatchItemFailures, Func<IReadOnlyList<JsonNode>, LambdaInvocationResult> respond) =>
        new(
            new WiredEventSource("Mapping", "Requests", "Router", batchSize, TimeSpan.Zero, reportBatchItemFailures, MaximumConcurrency: 2),
            queue,
            new ScriptedLambda(respond),
            clock,
            new LocalAccount());

    private static LambdaInvocationResult Failures(IEnumerable<JsonNode> records) =>
        new(new JsonObject { ["batchItemFailures"] = new JsonArray([.. records.Select(record => (JsonNode)new JsonObject { ["itemIdentifier"] = (string?)record["messageId"] })]) }, null);

    private sealed class ScriptedLambda(Func<IReadOnlyList<JsonNode>, LambdaInvocationResult> respond) : ILambdaInvoker
    {
        public Task<LambdaInvocationResult> InvokeAsync(string functionName, JsonNode? payload, CancellationToken cancellationToken) =>
            Task.FromResult(respond([.. payload!["Records"]!.AsArray().Select(record => record!)]));
    }
}
