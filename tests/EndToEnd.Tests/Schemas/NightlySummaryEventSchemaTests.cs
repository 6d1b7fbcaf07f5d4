using System.Text.Json.Nodes;
using StorageOps.Simulator.EventBridge;

namespace EndToEnd.Tests.Schemas;

/// <summary>
/// The StorageOps Nightly Summary event: EventBridge's envelope, tolerated as AWS owns it, around our summary, held
/// strictly to schemas/nightly-summary.schema.json (also the nightly-snapshots state machine's output).
/// </summary>
public sealed class NightlySummaryEventSchemaTests
{
    private const string EventSchema = "nightly-summary-event";

    /// <summary>The summary of issue 10's contract, one Aurora cluster protected.</summary>
    private const string Summary = """
        {"night":"2026-12-01","passed":true,"targets":8,"succeeded":7,"failed":0,"skipped":1,"pruned":3,"dryRun":false,
         "quota":{"region":"eu-west-1","used":12,"limit":100,"headroom":88,"percentUsed":12.0,"warning":null},
         "omittedResults":0,
         "results":[{"cluster":"payments-aurora-pg","kind":"aurora","outcome":"succeeded","snapshot":"storageops-payments-aurora-pg-20261201","pruned":[],"durationSeconds":31.0}]}
        """;

    private static JsonObject Event() => new()
    {
        ["version"] = "0",
        ["id"] = "6a7e8feb-b491-4cf7-a9f1-bf3703467718",
        ["detail-type"] = "StorageOps Nightly Summary",
        ["source"] = "storageops",
        ["account"] = "123456789012",
        ["time"] = "2026-12-01T03:14:07Z",
        ["region"] = "eu-west-1",
        ["resources"] = new JsonArray(),
        ["detail"] = JsonNode.Parse(Summary),
    };

    [Fact]
    public void Event_WhenItCarriesTheNightsSummary_ShouldMatch() =>
        SchemaCatalog.Repository.AssertValid(EventSchema, Event(), "the nightly summary event");

    [Fact]
    public void Summary_WhenReturnedByTheNightlySnapshotsStateMachine_ShouldMatchItsOutputSchema() =>
        SchemaCatalog.Repository.AssertValid("nightly-snapshots-output", JsonNode.Parse(Summary), "the nightly summary");

    [Fact]
    public void Envelope_WhenEventBridgeAddsAMemberItDidNotHaveBefore_ShouldStillMatch()
    {
        var envelope = Event();
        envelope["replay-name"] = "storageops-replay-1";

        SchemaCatalog.Repository.AssertValid(EventSchema, envelope, "the nightly summary event with a new envelope member");
    }

    [Theory]
    [InlineData("source", "aws.states")]
    [InlineData("detail-type", "Step Functions Execution Status Change")]
    [InlineData("account", "eu-west-1")]
    public void Event_WhenAnEnvelopeMemberIsNotOurs_ShouldFailNamingIt(string member, string value)
    {
        var envelope = Event();
        envelope[member] = value;

        Assert.Contains(SchemaCatalog.Repository.Problems(EventSchema, envelope), problem => problem.StartsWith($"/{member}", StringComparison.Ordinal));
    }

    [Fact]
    public void Event_WhenItHasNoDetail_ShouldFail()
    {
        var envelope = Event();
        envelope.Remove("detail");

        Assert.Contains(SchemaCatalog.Repository.Problems(EventSchema, envelope), problem => problem.Contains("detail", StringComparison.Ordinal));
    }

    [Fact]
    public void Detail_WhenTheSummaryHasAMemberItsSchemaDoesNotHave_ShouldFail()
    {
        var envelope = Event();
        envelope["detail"]!["nights"] = 1;

        Assert.Contains(SchemaCatalog.Repository.Problems(EventSchema, envelope), problem => problem.StartsWith("/detail", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("storageops", true)]
    [InlineData("storageops.test", false)]
    public void Envelope_WhenBuiltFromAnEventTheSimulatorAccepted_ShouldBeJudgedByItsSource(string source, bool valid)
    {
        var published = new PublishedEvent("6a7e8feb-b491-4cf7-a9f1-bf3703467718", "123456789012", "eu-west-1", "storageops-summaries", source, "StorageOps Nightly Summary", Summary, new DateTimeOffset(2026, 12, 1, 3, 14, 7, TimeSpan.Zero), []);

        var problems = SchemaCatalog.Repository.Problems(PublishedEvents.SchemaByDetailType[published.DetailType], PublishedEvents.Envelope(published));

        Assert.True(valid == (problems.Count == 0), string.Join("\n", problems));
        Assert.True(valid || problems.All(problem => problem.StartsWith("/source", StringComparison.Ordinal)), string.Join("\n", problems));
    }
}
