using StorageOps.Functions.Composition;

namespace StorageOps.Functions.NightSummaries;

/// <summary>The handler that records a night's results, and what it is built from.</summary>
public static class NightSummaryRegistrations
{
    public static IReadOnlyList<FunctionRegistration> All { get; } =
    [
        new(RecordNightResultsFunction.HandlerName, context => new RecordNightResultsFunction(new NightResultsRecorder(context.Time, context.Environment.Log))),
        new(MergeNightSummariesFunction.HandlerName, context => new MergeNightSummariesFunction(new NightSummaryMerger(context.Time, context.Environment.Log))),
    ];
}
