using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.NightSummaries;

/// <summary>Handler <c>MergeNightSummaries</c>: every page's summary folded into the night's (kept under its byte budget), the night's duration emitted.</summary>
public sealed class MergeNightSummariesFunction : JsonLambdaFunction<MergeNightSummariesInput, NightSummary>
{
    private readonly NightSummaryMerger merger;

    public MergeNightSummariesFunction(NightSummaryMerger merger)
        : base(FunctionsJsonContext.Default.MergeNightSummariesInput, FunctionsJsonContext.Default.NightSummary)
    {
        this.merger = merger;
    }

    public const string HandlerName = "MergeNightSummaries";

    public override string Name => HandlerName;

    protected override Task<NightSummary> HandleAsync(MergeNightSummariesInput input, LambdaInvocation invocation, CancellationToken cancellationToken) =>
        Task.FromResult(merger.Merge(input));
}
