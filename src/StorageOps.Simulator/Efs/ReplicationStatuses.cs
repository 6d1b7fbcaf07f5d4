namespace StorageOps.Simulator.Efs;

public static class ReplicationStatuses
{
    public const string Enabling = "ENABLING";
    public const string Enabled = "ENABLED";
    public const string Deleting = "DELETING";
}
