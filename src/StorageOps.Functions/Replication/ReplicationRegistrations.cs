using StorageOps.Functions.Composition;
using StorageOps.Functions.Polling;

namespace StorageOps.Functions.Replication;

/// <summary>The replication handlers and what each is built from.</summary>
public static class ReplicationRegistrations
{
    public static IReadOnlyList<FunctionRegistration> All { get; } =
    [
        new(CreateReplicationFunction.HandlerName, context => new CreateReplicationFunction(Replicator(context))),
        new(DescribeReplicationFunction.HandlerName, context => new DescribeReplicationFunction(Replicator(context))),
        new(DeleteReplicationFunction.HandlerName, context => new DeleteReplicationFunction(Replicator(context))),
        new(DescribeReplicationDeletionFunction.HandlerName, context => new DescribeReplicationDeletionFunction(Replicator(context))),
    ];

    private static FileSystemReplicator Replicator(FunctionContext context) => new(context.Clients.Efs, context.Time, PollingSchedules.From(context.Environment));
}
