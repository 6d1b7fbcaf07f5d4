namespace StorageOps.Functions.Polling;

/// <summary>
/// How long each EFS operation typically takes before its describe shows it finished. AWS publishes no figure and
/// the EFS API has no waiter; these are the settling times the local runner and StorageOps.Simulator model by default
/// (LocalEnvironmentOptions, SimulatorOptions), chosen from what EFS typically shows: a file system is <c>available</c> within a minute, a mount target
/// (an elastic network interface plus DNS) within about a minute, a new replication destination <c>ENABLED</c> within
/// about two minutes; deletions take a fraction of that. docs/benchmarks.md records how far off they may be.
/// </summary>
public static class ExpectedDurations
{
    public static TimeSpan Of(PolledOperation operation) => operation switch
    {
        PolledOperation.FileSystemCreation => TimeSpan.FromSeconds(45),
        PolledOperation.FileSystemUpdate => TimeSpan.FromSeconds(10),
        PolledOperation.FileSystemDeletion => TimeSpan.FromSeconds(10),
        PolledOperation.MountTargetCreation => TimeSpan.FromSeconds(60),
        PolledOperation.MountTargetDeletion => TimeSpan.FromSeconds(30),
        PolledOperation.ReplicationEnabling => TimeSpan.FromSeconds(120),
        PolledOperation.ReplicationDeletion => TimeSpan.FromSeconds(30),
        PolledOperation.ClusterSnapshotCreation => TimeSpan.FromSeconds(120),
        PolledOperation.ClusterAvailability => TimeSpan.FromSeconds(300),
        PolledOperation.ElasticSnapshotCopy => TimeSpan.FromSeconds(90),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "No expected duration for this operation."),
    };
}
