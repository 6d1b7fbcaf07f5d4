namespace StorageOps.Functions.ClusterSnapshots;

/// <summary>The statuses a <see cref="ClusterSnapshotStatus"/> reports: RDS's DB cluster snapshot statuses plus our own <see cref="ClusterNotAvailable"/>.</summary>
public static class ClusterSnapshotStatuses
{
    public const string Available = "available";
    public const string Creating = "creating";
    public const string Copying = "copying";

    /// <summary>Ours, not RDS's: the cluster refused the snapshot (InvalidDBClusterStateFault); Create is called again after the wait.</summary>
    public const string ClusterNotAvailable = "cluster-not-available";

    /// <summary>Still on its way to <see cref="Available"/>: polled again, and never deleted by retention.</summary>
    public static bool IsPending(string? status) => status is Creating or Copying;
}
