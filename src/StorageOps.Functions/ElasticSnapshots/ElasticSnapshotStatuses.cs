namespace StorageOps.Functions.ElasticSnapshots;

/// <summary>The DocumentDB Elastic snapshot statuses the night acts on; every other one is a failed copy.</summary>
public static class ElasticSnapshotStatuses
{
    public const string Active = "ACTIVE";
    public const string Creating = "CREATING";
    public const string Copying = "COPYING";
    public const string Deleting = "DELETING";

    /// <summary>The copy is still being made: poll again (and never delete it).</summary>
    public static bool IsInProgress(string? status) => status is Creating or Copying;
}
