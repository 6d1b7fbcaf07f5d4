using StorageOps.Functions.ClusterSnapshots;
using StorageOps.Functions.ElasticSnapshots;
using StorageOps.Functions.FileSystems;
using StorageOps.Functions.MountTargets;
using StorageOps.Functions.Networking;
using StorageOps.Functions.NightSummaries;
using StorageOps.Functions.Outcomes;
using StorageOps.Functions.Replication;
using StorageOps.Functions.Requests;
using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.Composition;

/// <summary>The one composition root: the Lambda host and the local runner both build their handlers from this registry.</summary>
public static class FunctionComposition
{
    public static FunctionRegistry Registry { get; } = new([
        .. FileSystemRegistrations.All,
        .. MountTargetRegistrations.All,
        .. NetworkingRegistrations.All,
        .. ReplicationRegistrations.All,
        .. FileSystemUpdateRegistrations.All,
        .. MountTargetSecurityGroupRegistrations.All,
        .. RequestRegistrations.All,
        .. ReplicationHealthRegistrations.All,
        .. ClusterSnapshotRegistrations.All,
        .. ElasticSnapshotRegistrations.All,
        .. SnapshotTargetRegistrations.All,
        .. NightSummaryRegistrations.All,
        .. WorkflowOutcomeRegistrations.All,
    ]);
}
