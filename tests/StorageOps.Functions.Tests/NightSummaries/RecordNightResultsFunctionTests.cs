using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.NightSummaries;
using StorageOps.Functions.Serialization;
using StorageOps.Functions.SnapshotTargets;
using StorageOps.Functions.Tests.FileSystems;
using static StorageOps.Functions.Tests.NightSummaries.NightPages;

namespace StorageOps.Functions.Tests.NightSummaries;

public sealed class RecordNightResultsFunctionTests
{
    private static readonly LambdaInvocation Invocation = new("inv-1", DateTimeOffset.MaxValue);
    private readonly ManualClock clock = new(ScheduledTime.AddMinutes(10));
    private readonly StringWriter log = new();
    private readonly RecordNightResultsFunction function;

    public RecordNightResultsFunctionTests()
    {
        function = new RecordNightResultsFunction(new NightResultsRecorder(clock, log));
    }

    private async Task<(NightSummary Summary, int Bytes)> RecordAsync(string input)
    {
        var json = await function.InvokeAsync(input, Invocation, CancellationToken.None);
        return (JsonSerializer.Deserialize(json, FunctionsJsonContext.Default.NightSummary)!, Encoding.UTF8.GetByteCount(json));
    }

    private List<JsonObject> MetricDocuments() =>
        [.. log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject())];

    [Fact]
    public async Task InvokeAsync_WhenAPageHasSuccessesFailuresAndSkips_ShouldCountThemExactlyAndListFailuresFirst()
    {
        var skipped = new TargetResult("reporting", SnapshotTargetKinds.Aurora, TargetOutcomes.Skipped, Status: "stopped");
        var input = Input(
            EmptySummary(),
            [Aurora("payments"), Aurora("orders"), Aurora("ledger")],
            [Result(Succeeded("payments", 31.0, "storageops-payments-20261124", "storageops-payments-20261117")), Result(Failed("orders", "FAILED")), Result(Succeeded("ledger", 12.5))],
            [skipped]);

        var (summary, _) = await RecordAsync(input);

        Assert.Equal((4, 2, 1, 1, 2, false, 0), (summary.Targets, summary.Succeeded, summary.Failed, summary.Skipped, summary.Pruned, summary.Passed, summary.OmittedResults));
        Assert.Equal(["orders", "reporting", "payments", "ledger"], summary.Results.Select(result => result.Cluster));
        Assert.Equal(12, summary.Quota.Used);
    }

    [Fact]
    public async Task InvokeAsync_WhenAChildFailedOutright_ShouldAlignItsErrorSlotWithTheTargetAtTheSameIndex()
    {
        var cause = """{"errorType":"StorageOps.ClusterNotAvailable","errorMessage":"orders stayed backing-up past the night's deadline.","stackTrace":[]}""";
        var input = Input(
            EmptySummary(),
            [Aurora("payments"), Aurora("orders"), Aurora("ledger")],
            [Result(Succeeded("payments")), Slot("StorageOps.ClusterNotAvailable", cause), Slot("States.Timeout", "The task timed out.")]);

        var (summary, _) = await RecordAsync(input);

        Assert.Equal(
            [
                new TargetResult("orders", SnapshotTargetKinds.Aurora, TargetOutcomes.Failed, DurationSeconds: 600, Error: "StorageOps.ClusterNotAvailable", Cause: "orders stayed backing-up past the night's deadline."),
                new TargetResult("ledger", SnapshotTargetKinds.Aurora, TargetOutcomes.Failed, DurationSeconds: 600, Error: "States.Timeout", Cause: "The task timed out."),
            ],
            summary.Results.Take(2));
        Assert.False(summary.Passed);
        Assert.Equal((3, 1, 2), (summary.Targets, summary.Succeeded, summary.Failed));
    }

    [Fact]
    public async Task InvokeAsync_WhenAResultHasNoDuration_ShouldComputeItFromTheScheduledTimeAndKeepTheOnesGiven()
    {
        clock.Now = ScheduledTime.AddSeconds(95.25);
        var input = Input(EmptySummary(), [Aurora("payments"), Aurora("orders")], [Result(Succeeded("payments", duration: null)), Result(Succeeded("orders", duration: 31))], [new TargetResult("stopped-one", SnapshotTargetKinds.Aurora, TargetOutcomes.Skipped, Status: "stopped")]);

        var (summary, _) = await RecordAsync(input);

        Assert.Equal([null, 95.3, 31.0], summary.Results.Select(result => result.DurationSeconds));
    }

    [Fact]
    public async Task InvokeAsync_WhenRecordingPages_ShouldEmitOneEmfDocumentPerCallWithThePagesCountsAndTheDurationOnlyWhenFinal()
    {
        var first = await RecordAsync(Input(EmptySummary(), [Aurora("a"), Aurora("b")], [Result(Succeeded("a", 1, "old-1", "old-2")), Result(Failed("b", "FAILED"))]));
        clock.Now = ScheduledTime.AddMinutes(42);
        var last = await RecordAsync(Input(first.Summary, [Aurora("c")], [Result(Succeeded("c", 1, "old-3"))], final: true));

        var documents = MetricDocuments();
        Assert.Equal(2, documents.Count);
        Assert.Equal(
            [("SnapshotsSucceeded", 1.0), ("SnapshotsFailed", 1.0), ("TargetsSkipped", 0.0), ("SnapshotsPruned", 2.0)],
            MetricsOf(documents[0]));
        Assert.Equal(
            [("SnapshotsSucceeded", 1.0), ("SnapshotsFailed", 0.0), ("TargetsSkipped", 0.0), ("SnapshotsPruned", 1.0), ("NightDurationSeconds", 2520.0)],
            MetricsOf(documents[1]));
        Assert.Equal("StorageOps", (string?)documents[0]["_aws"]!["CloudWatchMetrics"]![0]!["Namespace"]);
        Assert.Empty(documents[1]["_aws"]!["CloudWatchMetrics"]![0]!["Dimensions"]![0]!.AsArray());
        Assert.Equal("2026-12-01", (string?)documents[1]["night"]);
        Assert.Equal((3, 2, 1, 3), (last.Summary.Targets, last.Summary.Succeeded, last.Summary.Failed, last.Summary.Pruned));
    }

    private static List<(string, double)> MetricsOf(JsonObject document) =>
        [.. document["_aws"]!["CloudWatchMetrics"]![0]!["Metrics"]!.AsArray().Select(metric => (string)metric!["Name"]!).Select(name => (name, (double)document[name]!))];

    private static string LongName(int index) => $"cluster-{index:D5}-{new string('x', 63 - 14)}";

    private static string LongCause(int index) => $"Snapshot storageops-{LongName(index)} ended FAILED: " + new string('y', 3000);

    [Fact]
    public async Task InvokeAsync_WhenTenThousandTargetsWithLongNamesAndManyFailuresArriveInOnePage_ShouldStayUnderTheBudgetWithExactCountsAndFailuresFirst()
    {
        var targets = Enumerable.Range(0, 10_000).Select(index => Aurora(LongName(index))).ToList();
        var results = Enumerable.Range(0, 10_000)
            .Select(index => index % 4 == 0
                ? index % 8 == 0 ? Slot("StorageOps.SnapshotFailed", LongCause(index)) : Result(Failed(LongName(index), LongCause(index)))
                : Result(Succeeded(LongName(index), 31, $"storageops-{LongName(index)}-20261101")))
            .ToList();

        var (summary, bytes) = await RecordAsync(Input(EmptySummary(), targets, results, final: true));

        Assert.InRange(bytes, 80_000, NightSummaryBudget.MaxBytes);
        Assert.Equal((10_000, 7_500, 2_500, 0, 7_500), (summary.Targets, summary.Succeeded, summary.Failed, summary.Skipped, summary.Pruned));
        Assert.Equal(10_000, summary.Results.Count + summary.OmittedResults);
        Assert.All(summary.Results, result => Assert.Equal(TargetOutcomes.Failed, result.Outcome));
        Assert.All(summary.Results, result => Assert.True(result.Cause!.Length <= NightSummaryBudget.MaxCauseLength));
        Assert.Equal([LongName(0), LongName(4), LongName(8)], summary.Results.Take(3).Select(result => result.Cluster));
    }

    [Fact]
    public async Task InvokeAsync_WhenTenThousandTargetsArriveOverManyPages_ShouldStayUnderTheBudgetOnEveryPageAndLetLateFailuresDisplaceSuccesses()
    {
        var summary = EmptySummary();
        for (var page = 0; page < 50; page++)
        {
            var indexes = Enumerable.Range(page * 200, 200).ToList();
            // Failures only on the last pages: they must still come first, pushing earlier successes out.
            var results = indexes.Select(index => page >= 45 && index % 10 == 0 ? Result(Failed(LongName(index), "FAILED")) : Result(Succeeded(LongName(index)))).ToList();
            var skipped = page == 3 ? new[] { new TargetResult("stopped-cluster", SnapshotTargetKinds.Aurora, TargetOutcomes.Skipped, Status: "stopped") } : [];
            int bytes;
            (summary, bytes) = await RecordAsync(Input(summary, indexes.Select(index => Aurora(LongName(index))), results, skipped, final: page == 49));
            Assert.InRange(bytes, 0, NightSummaryBudget.MaxBytes);
            Assert.Equal(summary.Targets, summary.Results.Count + summary.OmittedResults);
        }

        Assert.Equal((10_001, 9_900, 100, 1), (summary.Targets, summary.Succeeded, summary.Failed, summary.Skipped));
        Assert.All(summary.Results.Take(100), result => Assert.Equal(TargetOutcomes.Failed, result.Outcome));
        Assert.Equal("stopped-cluster", summary.Results[100].Cluster);
        Assert.All(summary.Results.Skip(101), result => Assert.Equal(TargetOutcomes.Succeeded, result.Outcome));
        Assert.Equal(LongName(0), summary.Results[101].Cluster);
        Assert.Equal(50, MetricDocuments().Count);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheSummaryIsFull_ShouldCountEveryResultItCouldNotKeep()
    {
        var summary = EmptySummary();
        var total = 0;
        for (var page = 0; page < 5; page++)
        {
            var indexes = Enumerable.Range(page * 1000, 1000).ToList();
            (summary, _) = await RecordAsync(Input(summary, indexes.Select(index => Aurora(LongName(index))), indexes.Select(index => Result(Succeeded(LongName(index))))));
            total += 1000;
        }

        Assert.Equal(total, summary.Targets);
        Assert.True(summary.OmittedResults > 0);
        Assert.Equal(total, summary.Results.Count + summary.OmittedResults);
        Assert.Equal(Enumerable.Range(0, summary.Results.Count).Select(LongName), summary.Results.Select(result => result.Cluster));
    }

    [Fact]
    public async Task InvokeAsync_WhenTheFinalPageIsEmpty_ShouldKeepTheSummaryAndEmitTheNightsDuration()
    {
        var (first, _) = await RecordAsync(Input(EmptySummary(), [Aurora("a")], [Result(Succeeded("a"))]));

        var (last, _) = await RecordAsync(Input(first, [], [], final: true));

        Assert.Equal(JsonSerializer.Serialize(first, FunctionsJsonContext.Default.NightSummary), JsonSerializer.Serialize(last, FunctionsJsonContext.Default.NightSummary));
        Assert.True(last.Passed);
        Assert.Equal(600.0, (double)MetricDocuments()[^1]["NightDurationSeconds"]!);
    }

    public static TheoryData<string> MalformedInputs()
    {
        var summary = EmptySummary();
        var data = new TheoryData<string>
        {
            "{}",
            Input(summary, [Aurora("a"), Aurora("b")], [Result(Succeeded("a"))]),
            Input(summary, [Aurora("a")], [Result(Succeeded("b"))]),
            Input(summary, [Aurora("a")], [JsonNode.Parse("""{"cluster":"a","kind":"aurora","outcome":"done"}""")]),
            Input(summary, [Aurora("a")], [JsonNode.Parse("""{"cluster":"a","kind":"aurora","outcome":"succeeded","extra":1}""")]),
            Input(summary, [Aurora("a")], [JsonNode.Parse("42")]),
            Input(summary, [new SnapshotTarget("a", "neptune", "arn:aws:rds:eu-west-1:123456789012:cluster:a")], [Result(Succeeded("a"))]),
            Input(summary, [], [], [Succeeded("not-skipped")]),
            Input(summary with { Night = "2026-11-30" }, [], []),
            Input(summary with { Targets = 3 }, [], []),
        };
        var withoutFinal = JsonNode.Parse(Input(summary, [], []))!.AsObject();
        withoutFinal.Remove("final");
        data.Add(withoutFinal.ToJsonString());
        return data;
    }

    [Theory]
    [MemberData(nameof(MalformedInputs))]
    public async Task InvokeAsync_WhenTheInputIsMalformed_ShouldFailWithValidationErrorAndEmitNothing(string input)
    {
        await Assert.ThrowsAsync<InvalidInputException>(() => function.InvokeAsync(input, Invocation, CancellationToken.None));

        Assert.Empty(log.ToString());
    }

    [Fact]
    public void Fit_WhenResultsAreKept_ShouldMeasureTheSerialisedSizeItPromises()
    {
        var results = Enumerable.Range(0, 5000).Select(index => Failed(LongName(index), string.Create(CultureInfo.InvariantCulture, $"cause {index} ") + new string('é', 500))).ToList();
        var counts = EmptySummary() with { Targets = 5000, Failed = 5000, Passed = false };

        var fitted = NightSummaryBudget.Fit(counts, results, alreadyOmitted: 0);

        var size = NightSummaryBudget.SizeOf(fitted);
        Assert.InRange(size, NightSummaryBudget.MaxBytes - 1200, NightSummaryBudget.MaxBytes);
        Assert.Equal(5000, fitted.Results.Count + fitted.OmittedResults);
    }
}
