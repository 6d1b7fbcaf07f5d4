using StorageOps.Functions.Composition;

namespace StorageOps.Functions.SnapshotTargets;

/// <summary>The handlers that start a night and discover its targets, and what each is built from.</summary>
public static class SnapshotTargetRegistrations
{
    public static IReadOnlyList<FunctionRegistration> All { get; } =
    [
        new(StartNightlySnapshotsFunction.HandlerName, context =>
            new StartNightlySnapshotsFunction(new NightStarter(context.Clients.Rds, NightSettings.From(context.Environment)))),
        new(DiscoverSnapshotTargetsFunction.HandlerName, context =>
            new DiscoverSnapshotTargetsFunction(new SnapshotTargetDiscovery(context.Clients.Rds, context.Clients.DocDbElastic, DiscoverySettings.From(context.Environment)))),
        new(PlanNightPagesFunction.HandlerName, context =>
            new PlanNightPagesFunction(new NightPagePlanner(context.Clients.Rds, context.Clients.DocDbElastic))),
    ];
}
