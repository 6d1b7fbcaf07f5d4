namespace StorageOps.Simulator.Rds;

public static class DBClusterSnapshotStatuses
{
    public const string Available = "available";
    public const string Creating = "creating";

    /// <summary>What RDS shows for a snapshot made by CopyDBClusterSnapshot until the copy completes.</summary>
    public const string Copying = "copying";
    public const string Deleted = "deleted";
}
