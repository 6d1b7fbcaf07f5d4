using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.EventBridge;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.EventBridge;

public sealed class EventBridgeBackendTests
{
    private static readonly AccountRegion Scope = new("123456789012", "eu-west-1");

    private readonly ManualTimeProvider clock = new();
    private readonly EventBridgeBackend backend;

    public EventBridgeBackendTests() => backend = new EventBridgeBackend(new SimulatorOptions { TimeProvider = clock });

    [Fact]
    public void PutEvents_WhenEntryIsComplete_ShouldPublishItOnTheDefaultBusAtTheSimulatorTime()
    {
        clock.Advance(TimeSpan.FromMinutes(7));

        var result = backend.PutEvents(Scope, [new PutEventsEntry("storageops", "StorageOps Nightly Summary", """{"passed":true}""")]);

        Assert.Equal(0, result.FailedEntryCount);
        var entry = Assert.Single(result.Entries);
        var published = Assert.Single(backend.Published);
        Assert.Equal(entry.EventId, published.EventId);
        Assert.Null(entry.ErrorCode);
        Assert.Equal(
            new PublishedEvent(entry.EventId!, "123456789012", "eu-west-1", "default", "storageops", "StorageOps Nightly Summary", """{"passed":true}""", clock.GetUtcNow(), published.Resources),
            published);
        Assert.Empty(published.Resources);
    }

    [Fact]
    public void PutEvents_WhenEntryNamesBusArnTimeAndResources_ShouldKeepTheBusNameTheTimeAndTheResources()
    {
        var time = new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

        backend.PutEvents(Scope, [new PutEventsEntry("storageops", "t", "{}", "arn:aws:events:eu-west-1:123456789012:event-bus/ops", ["arn:aws:rds:eu-west-1:123456789012:cluster:a"], time)]);

        var published = Assert.Single(backend.Published);
        Assert.Equal("ops", published.EventBusName);
        Assert.Equal(time, published.Time);
        Assert.Equal(["arn:aws:rds:eu-west-1:123456789012:cluster:a"], published.Resources);
    }

    [Theory]
    [InlineData(null, "t", "{}", "InvalidArgument", "Parameter Source is not valid. Reason: Source is a required argument.")]
    [InlineData("s", "", "{}", "InvalidArgument", "Parameter DetailType is not valid. Reason: DetailType is a required argument.")]
    [InlineData("s", "t", null, "InvalidArgument", "Parameter Detail is not valid. Reason: Detail is a required argument.")]
    [InlineData("s", "t", "[1,2]", "MalformedDetail", "Detail is malformed.")]
    [InlineData("s", "t", "\"text\"", "MalformedDetail", "Detail is malformed.")]
    [InlineData("s", "t", "{not json", "MalformedDetail", "Detail is malformed.")]
    public void PutEvents_WhenOneEntryIsIncomplete_ShouldFailThatEntryAndPublishTheOthers(string? source, string? detailType, string? detail, string errorCode, string errorMessage)
    {
        var result = backend.PutEvents(Scope, [new PutEventsEntry("ok", "ok", "{}"), new PutEventsEntry(source, detailType, detail), new PutEventsEntry("ok", "ok", "{\"n\":2}")]);

        Assert.Equal(1, result.FailedEntryCount);
        Assert.Equal(new PutEventsResultEntry(null, errorCode, errorMessage), result.Entries[1]);
        Assert.NotNull(result.Entries[0].EventId);
        Assert.NotNull(result.Entries[2].EventId);
        Assert.Equal(["{}", "{\"n\":2}"], backend.Published.Select(published => published.Detail));
    }

    [Theory]
    [InlineData(0, "Member must have length greater than or equal to 1")]
    [InlineData(11, "Member must have length less than or equal to 10")]
    public void PutEvents_WhenEntryCountIsOutsideOneToTen_ShouldFailTheCallAndPublishNothing(int count, string constraint)
    {
        var entries = Enumerable.Range(0, count).Select(_ => new PutEventsEntry("s", "t", "{}")).ToList();

        var error = Assert.Throws<EventBridgeException>(() => backend.PutEvents(Scope, entries));

        Assert.Equal("ValidationException", error.ErrorCode);
        Assert.Contains(constraint, error.Message, StringComparison.Ordinal);
        Assert.Empty(backend.Published);
    }

    [Fact]
    public void PutEvents_WhenEntriesAddUpToExactly256KB_ShouldPublish()
    {
        var entry = EntryOfSize(EventBridgeLimits.MaxRequestEntriesBytes / 2);

        var result = backend.PutEvents(Scope, [entry, entry]);

        Assert.Equal(0, result.FailedEntryCount);
        Assert.Equal(2, backend.Published.Count);
    }

    [Fact]
    public void PutEvents_WhenEntriesAddUpToOneByteOver256KB_ShouldFailTheCallAndPublishNothing()
    {
        var entry = EntryOfSize(EventBridgeLimits.MaxRequestEntriesBytes / 2);
        var oneMore = EntryOfSize((EventBridgeLimits.MaxRequestEntriesBytes / 2) + 1);

        var error = Assert.Throws<EventBridgeException>(() => backend.PutEvents(Scope, [entry, oneMore]));

        Assert.Equal("ValidationException", error.ErrorCode);
        Assert.Equal("Total size of the entries in the request is over the limit.", error.Message);
        Assert.Empty(backend.Published);
    }

    [Fact]
    public void EntrySize_ShouldCountTimeAs14BytesAndEveryStringInUtf8()
    {
        var entry = new PutEventsEntry("é", "ab", "{\"k\":\"€\"}", "bus", ["r1", "r22"], DateTimeOffset.UnixEpoch);

        // 14 (Time) + 2 (é) + 2 + 11 ({"k":"€"} with € as 3 bytes) + 3 (bus) + 2 + 3.
        Assert.Equal(37, EventBridgeBackend.EntrySize(entry));
    }

    [Fact]
    public void PutEvents_WhenBusNameIsMalformed_ShouldFailTheCallNamingTheEntry()
    {
        var error = Assert.Throws<EventBridgeException>(() => backend.PutEvents(Scope, [new PutEventsEntry("s", "t", "{}"), new PutEventsEntry("s", "t", "{}", "bad bus")]));

        Assert.Equal("ValidationException", error.ErrorCode);
        Assert.Contains("'bad bus' at 'entries.2.member.eventBusName'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutEvents_WhenCalledFromManyThreads_ShouldPublishEveryEventOnce()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(thread => Task.Run(() =>
        {
            for (var index = 0; index < 50; index++)
            {
                backend.PutEvents(Scope, [new PutEventsEntry("s", "t", $"{{\"n\":{(thread * 100) + index}}}")]);
            }
        })));

        Assert.Equal(400, backend.Published.Select(published => published.Detail).Distinct().Count());
        Assert.Equal(400, backend.Published.Select(published => published.EventId).Distinct().Count());
    }

    // Source "s" + DetailType "t" + a detail {"p":"xxx..."} padded to the wanted total.
    private static PutEventsEntry EntryOfSize(int bytes) => new("s", "t", "{\"p\":\"" + new string('x', bytes - 2 - 8) + "\"}");
}
