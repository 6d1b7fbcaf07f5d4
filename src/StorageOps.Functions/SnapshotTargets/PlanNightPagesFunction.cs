using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.SnapshotTargets;

/// <summary>Handler <c>PlanNightPages</c>: the night's discovery pages, one per service page, so the pages can be protected side by side.</summary>
public sealed class PlanNightPagesFunction : JsonLambdaFunction<PlanNightPagesInput, NightPagePlan>
{
    private readonly NightPagePlanner planner;

    public PlanNightPagesFunction(NightPagePlanner planner)
        : base(FunctionsJsonContext.Default.PlanNightPagesInput, FunctionsJsonContext.Default.NightPagePlan)
    {
        this.planner = planner;
    }

    public const string HandlerName = "PlanNightPages";

    public override string Name => HandlerName;

    protected override Task<NightPagePlan> HandleAsync(PlanNightPagesInput input, LambdaInvocation invocation, CancellationToken cancellationToken) =>
        planner.PlanAsync(input, cancellationToken);
}
