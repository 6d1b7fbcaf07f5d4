namespace StorageOps.Simulator.Efs;

public static class LifeCycleStates
{
    public const string Creating = "creating";
    public const string Available = "available";
    public const string Updating = "updating";
    public const string Deleting = "deleting";
}
