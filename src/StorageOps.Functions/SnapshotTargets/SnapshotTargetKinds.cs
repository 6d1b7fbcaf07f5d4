namespace StorageOps.Functions.SnapshotTargets;

/// <summary>The kinds of database cluster the night protects; the values appear in the Map items and the summary.</summary>
public static class SnapshotTargetKinds
{
    /// <summary>An Aurora/RDS DB cluster: protected by CreateDBClusterSnapshot.</summary>
    public const string Aurora = "aurora";

    /// <summary>A DocumentDB Elastic cluster: protected by a CopyClusterSnapshot of its newest automated snapshot.</summary>
    public const string DocDbElastic = "docdb-elastic";
}
