namespace StorageOps.Simulator.Rds;

public static class DBClusterStatuses
{
    public const string Available = "available";
    public const string Creating = "creating";
    public const string Stopped = "stopped";
}
