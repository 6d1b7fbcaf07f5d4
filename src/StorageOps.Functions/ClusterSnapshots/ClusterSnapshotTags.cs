using System.Globalization;
using StorageOps.Aws.Rds;
using StorageOps.Functions.Ownership;

namespace StorageOps.Functions.ClusterSnapshots;

/// <summary>The tags of a nightly DB cluster snapshot: what we put on it, and what we read back to decide whether it is ours.</summary>
public static class ClusterSnapshotTags
{
    /// <summary>RDS allows 50 tags on a resource.</summary>
    public const int MaxTags = 50;

    /// <summary>The cluster's own tags (without the reserved <c>aws:</c> and <c>rds:</c> ones, which RDS refuses in a request), then ours, which win over any of the cluster's with the same key.</summary>
    public static IReadOnlyList<Tag> ForSnapshot(IEnumerable<Tag> clusterTags, string night)
    {
        Tag[] ours = [new(OwnershipTags.ManagedBy, OwnershipTags.ManagedByValue), new(OwnershipTags.Night, night)];
        var copied = clusterTags
            .Where(tag => !IsReserved(tag.Key) && ours.All(own => own.Key != tag.Key))
            .Take(MaxTags - ours.Length);
        return [.. copied, .. ours];
    }

    public static bool IsOwned(IEnumerable<Tag> tags) =>
        tags.Any(tag => tag.Key == OwnershipTags.ManagedBy && tag.Value == OwnershipTags.ManagedByValue);

    /// <summary>The night the <c>storageops:night</c> tag names, or null when it is absent or not a date.</summary>
    public static DateOnly? NightOf(IEnumerable<Tag> tags) =>
        tags.FirstOrDefault(tag => tag.Key == OwnershipTags.Night) is { } tag
        && DateOnly.TryParseExact(tag.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var night)
            ? night
            : null;

    private static bool IsReserved(string key) =>
        key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase) || key.StartsWith("rds:", StringComparison.OrdinalIgnoreCase);
}
