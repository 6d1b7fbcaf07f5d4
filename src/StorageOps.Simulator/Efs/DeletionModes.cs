namespace StorageOps.Simulator.Efs;

public static class DeletionModes
{
    public const string AllConfigurations = "ALL_CONFIGURATIONS";
    public const string LocalConfigurationOnly = "LOCAL_CONFIGURATION_ONLY";
}
