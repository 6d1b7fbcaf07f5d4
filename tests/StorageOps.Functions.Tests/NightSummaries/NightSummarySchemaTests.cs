using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.NightSummaries;
using StorageOps.Functions.Serialization;
using StorageOps.Functions.SnapshotTargets;
using StorageOps.Functions.Tests.FileSystems;
using StorageOps.Testing;
using static StorageOps.Functions.Tests.NightSummaries.NightPages;

namespace StorageOps.Functions.Tests.NightSummaries;

/// <summary>schemas/nightly-summary.schema.json is what subscribers to the summary event validate against: what we produce must pass it.</summary>
public sealed class NightSummarySchemaTests
{
    private static readonly JsonSchema Schema =
        JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Combine("schemas", "nightly-summary.schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static async Task<JsonObject> ProducedSummaryAsync()
    {
        var function = new RecordNightResultsFunction(new NightResultsRecorder(new ManualClock(ScheduledTime.AddMinutes(20)), TextWriter.Null));
        var input = Input(
            EmptySummary(used: 95),
            [Aurora("payments-aurora-pg"), Aurora("orders"), new SnapshotTarget("catalog-elastic", SnapshotTargetKinds.DocDbElastic, "arn:aws:docdb-elastic:eu-west-1:123456789012:cluster/abc")],
            [Result(Succeeded("payments-aurora-pg", 31, "storageops-payments-aurora-pg-20261124")), Slot("StorageOps.SnapshotQuotaExceeded", "100 of 100 used"), Result(Succeeded("catalog-elastic", duration: null) with { Kind = SnapshotTargetKinds.DocDbElastic })],
            [new TargetResult("reporting", SnapshotTargetKinds.Aurora, TargetOutcomes.Skipped, Status: "stopped", Cause: "The cluster is stopped.")],
            final: true);
        return JsonNode.Parse(await function.InvokeAsync(input, new LambdaInvocation("inv-1", DateTimeOffset.MaxValue), CancellationToken.None))!.AsObject();
    }

    private static EvaluationResults Evaluate(JsonNode summary) =>
        Schema.Evaluate(JsonDocument.Parse(summary.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    [Fact]
    public async Task Schema_WhenGivenASummaryRecordNightResultsProduced_ShouldAcceptIt()
    {
        var summary = await ProducedSummaryAsync();

        var evaluation = Evaluate(summary);

        Assert.True(evaluation.IsValid, string.Join("; ", (evaluation.Details ?? []).Where(detail => detail.Errors is not null).SelectMany(detail => detail.Errors!.Values)));
        Assert.NotNull(summary["quota"]!["warning"]);
        Assert.Equal(4, summary["results"]!.AsArray().Count);
    }

    [Fact]
    public async Task Schema_WhenGivenTheEmptySummaryOfANightJustStarted_ShouldAcceptItWithItsNullWarning()
    {
        var summary = JsonNode.Parse(JsonSerializer.Serialize(EmptySummary(), FunctionsJsonContext.Default.NightSummary))!;

        Assert.True(Evaluate(summary).IsValid);
        Assert.Null(summary["quota"]!["warning"]);
    }

    [Theory]
    [InlineData("night")]
    [InlineData("passed")]
    [InlineData("results")]
    [InlineData("quota")]
    public async Task Schema_WhenARequiredMemberIsMissing_ShouldRejectTheSummary(string member)
    {
        var summary = await ProducedSummaryAsync();
        summary.Remove(member);

        Assert.False(Evaluate(summary).IsValid);
    }

    [Fact]
    public async Task Schema_WhenAResultHasAnUnknownKindOrMember_ShouldRejectTheSummary()
    {
        var unknownKind = await ProducedSummaryAsync();
        unknownKind["results"]![0]!["kind"] = "neptune";
        var unknownMember = await ProducedSummaryAsync();
        unknownMember["results"]![0]!["retries"] = 3;

        Assert.False(Evaluate(unknownKind).IsValid);
        Assert.False(Evaluate(unknownMember).IsValid);
    }
}
