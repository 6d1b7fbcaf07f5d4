using StorageOps.Functions.Composition;

namespace StorageOps.Functions.Replication;

/// <summary>The replication health handler and what it is built from.</summary>
public static class ReplicationHealthRegistrations
{
    public static IReadOnlyList<FunctionRegistration> All { get; } =
    [
        new(CheckReplicationHealthFunction.HandlerName, context => new CheckReplicationHealthFunction(
            new ReplicationHealthChecker(context.Clients.Efs, context.Time, ReplicationHealthLagThreshold.SecondsFrom(context.Environment), context.Logger))),
    ];
}
