using StorageOps.Local.Queues;
using StorageOps.Local.Template;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.Local.Tests.Queues;

public sealed class LocalQueueTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly VirtualClock clock = new(Start);
    private readonly LocalQueue deadLetters;
    private readonly LocalQueue queue;

    public LocalQueueTests()
    {
        deadLetters = new LocalQueue(new WiredQueue("Dlq", "dlq", "https://sqs/dlq", "arn:dlq", TimeSpan.FromSeconds(30), null, null), null, clock);
        queue = new LocalQueue(new WiredQueue("Requests", "requests", "https://sqs/requests", "arn:requests", TimeSpan.FromSeconds(180), "Dlq", 2), deadLetters, clock);
    }

    [Fact]
    public async Task Receive_WhenAMessageWasReceivedAndNotDeleted_ShouldHideItUntilTheVisibilityTimeoutEnds()
    {
        var sent = queue.Send("body");

        var first = Assert.Single(queue.Receive(10));
        Assert.Empty(queue.Receive(10));
        await AdvanceAsync(TimeSpan.FromSeconds(179));
        Assert.Empty(queue.Receive(10));
        await AdvanceAsync(TimeSpan.FromSeconds(1));
        var second = Assert.Single(queue.Receive(10));

        Assert.Equal(sent.MessageId, second.MessageId);
        Assert.Equal(2, second.ReceiveCount);
        Assert.Equal(Start, second.FirstReceivedAt);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task Receive_WhenAMessageWasReceivedMaxReceiveCountTimes_ShouldMoveItToTheDeadLetterQueueInsteadOfDeliveringIt()
    {
        var sent = queue.Send("body");
        Assert.Single(queue.Receive(10));
        await AdvanceAsync(TimeSpan.FromSeconds(180));
        Assert.Single(queue.Receive(10));
        await AdvanceAsync(TimeSpan.FromSeconds(180));

        Assert.Empty(queue.Receive(10));
        Assert.Empty(queue.Messages);
        Assert.Equal(sent.MessageId, Assert.Single(deadLetters.Messages).MessageId);
        Assert.Null(queue.NextVisibleAt());
    }

    [Fact]
    public async Task Delete_WhenTheReceiptHandleIsFromAnEarlierReceive_ShouldKeepTheMessage()
    {
        queue.Send("body");
        var stale = queue.Receive(10).Single().ReceiptHandle!;
        await AdvanceAsync(TimeSpan.FromSeconds(180));
        var current = queue.Receive(10).Single().ReceiptHandle!;

        Assert.False(queue.Delete(stale));
        Assert.True(queue.Delete(current));
        Assert.Empty(queue.Messages);
    }

    [Fact]
    public void Receive_WhenMoreMessagesAreVisibleThanAsked_ShouldReturnAtMostTheBatchInSendingOrder()
    {
        var sent = Enumerable.Range(0, 5).Select(index => queue.Send($"m{index}").MessageId).ToList();

        Assert.Equal(sent[..3], queue.Receive(3).Select(message => message.MessageId));
        Assert.Equal(sent[3..], queue.Receive(3).Select(message => message.MessageId));
        Assert.Equal(5, sent.Distinct().Count());
    }

    private async Task AdvanceAsync(TimeSpan delay)
    {
        using var activity = clock.BeginActivity();
        await clock.WaitAsync(delay, CancellationToken.None);
    }
}
