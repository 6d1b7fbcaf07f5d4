namespace StorageOps.Simulator.Efs;

public static class ThroughputModes
{
    public const string Bursting = "bursting";
    public const string Provisioned = "provisioned";
    public const string Elastic = "elastic";

    public static bool IsKnown(string mode) => mode is Bursting or Provisioned or Elastic;
}
