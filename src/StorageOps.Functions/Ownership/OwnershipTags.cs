namespace StorageOps.Functions.Ownership;

/// <summary>Tags that mark a resource as created by StorageOps: only resources carrying them are ever deleted.</summary>
public static class OwnershipTags
{
    public const string Prefix = "storageops:";
    public const string ManagedBy = "storageops:managed-by";
    public const string ManagedByValue = "storageops";
    public const string RequestId = "storageops:request-id";

    /// <summary>On a nightly snapshot or copy: the night (yyyy-MM-dd) it protects, from the schedule's time.</summary>
    public const string Night = "storageops:night";
}
