using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.NightSummaries;

/// <summary>Handler <c>RecordNightResults</c>: one page's results merged into the night's summary (kept under its byte budget), its counts emitted as metrics.</summary>
public sealed class RecordNightResultsFunction : JsonLambdaFunction<RecordNightResultsInput, NightSummary>
{
    private readonly NightResultsRecorder recorder;

    public RecordNightResultsFunction(NightResultsRecorder recorder)
        : base(FunctionsJsonContext.Default.RecordNightResultsInput, FunctionsJsonContext.Default.NightSummary)
    {
        this.recorder = recorder;
    }

    public const string HandlerName = "RecordNightResults";

    public override string Name => HandlerName;

    protected override Task<NightSummary> HandleAsync(RecordNightResultsInput input, LambdaInvocation invocation, CancellationToken cancellationToken) =>
        Task.FromResult(recorder.Record(input));
}
