using StorageOps.Functions.Ownership;

namespace StorageOps.Functions.ElasticSnapshots;

/// <summary>Whether a DocumentDB Elastic snapshot is one StorageOps made, from its tags (ListTagsForResource).</summary>
public static class ElasticSnapshotOwnership
{
    public static bool IsOurs(IReadOnlyDictionary<string, string> tags) =>
        tags.TryGetValue(OwnershipTags.ManagedBy, out var value) && value == OwnershipTags.ManagedByValue;

    /// <summary>The tags every copy of ours carries: the ownership tag and the night it protects.</summary>
    public static Dictionary<string, string> TagsFor(ElasticSnapshotJob job) => new(StringComparer.Ordinal)
    {
        [OwnershipTags.ManagedBy] = OwnershipTags.ManagedByValue,
        [OwnershipTags.Night] = job.Night.Date,
    };
}
