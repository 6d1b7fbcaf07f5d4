namespace StorageOps.Simulator.DocDbElastic;

/// <summary>Snapshot types as DocumentDB Elastic returns them; requests name them in lower case.</summary>
public static class ElasticSnapshotTypes
{
    public const string Manual = "MANUAL";
    public const string Automated = "AUTOMATED";
}
