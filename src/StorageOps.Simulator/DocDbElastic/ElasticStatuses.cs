namespace StorageOps.Simulator.DocDbElastic;

public static class ElasticStatuses
{
    public const string Active = "ACTIVE";
    public const string Creating = "CREATING";
    public const string Deleting = "DELETING";
}
