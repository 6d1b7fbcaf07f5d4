namespace StorageOps.Simulator.Rds;

public static class SnapshotTypes
{
    public const string Automated = "automated";
    public const string Manual = "manual";
}
