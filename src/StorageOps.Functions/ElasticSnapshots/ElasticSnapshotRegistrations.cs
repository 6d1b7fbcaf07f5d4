using StorageOps.Functions.Composition;
using StorageOps.Functions.Polling;

namespace StorageOps.Functions.ElasticSnapshots;

/// <summary>The DocumentDB Elastic snapshot handlers of the night and what each is built from.</summary>
public static class ElasticSnapshotRegistrations
{
    public static IReadOnlyList<FunctionRegistration> All { get; } =
    [
        new(CopyElasticSnapshotFunction.HandlerName, context => new CopyElasticSnapshotFunction(Copier(context))),
        new(DescribeElasticSnapshotFunction.HandlerName, context => new DescribeElasticSnapshotFunction(Copier(context))),
        new(PruneElasticSnapshotsFunction.HandlerName, context => new PruneElasticSnapshotsFunction(new ElasticSnapshotPruner(context.Clients.DocDbElastic.Home, context.Time))),
    ];

    private static ElasticSnapshotCopier Copier(FunctionContext context) =>
        new(context.Clients.DocDbElastic.Home, context.Time, PollingSchedules.From(context.Environment));
}
