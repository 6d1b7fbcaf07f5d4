namespace StorageOps.Simulator.Efs;

public static class ReplicationStatuses
{
    public const string Enabling = "ENABLING";
    public const string Enabled = "ENABLED";
    public const string Deleting = "DELETING";
    public const string Error = "ERROR";
    public const string Paused = "PAUSED";
}
