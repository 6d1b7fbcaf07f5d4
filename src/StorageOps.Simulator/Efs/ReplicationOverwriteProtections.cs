namespace StorageOps.Simulator.Efs;

public static class ReplicationOverwriteProtections
{
    public const string Enabled = "ENABLED";
    public const string Disabled = "DISABLED";
    public const string Replicating = "REPLICATING";
}
