namespace StorageOps.Simulator.Efs;

public static class PerformanceModes
{
    public const string GeneralPurpose = "generalPurpose";
    public const string MaxIo = "maxIO";

    public static bool IsKnown(string mode) => mode is GeneralPurpose or MaxIo;
}
