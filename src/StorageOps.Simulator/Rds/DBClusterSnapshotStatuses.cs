namespace StorageOps.Simulator.Rds;

public static class DBClusterSnapshotStatuses
{
    public const string Available = "available";
    public const string Creating = "creating";
    public const string Deleted = "deleted";
}
