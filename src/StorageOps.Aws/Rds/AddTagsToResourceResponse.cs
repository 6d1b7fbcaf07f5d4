namespace StorageOps.Aws.Rds;

/// <summary>AddTagsToResource has no output members.</summary>
internal sealed record AddTagsToResourceResponse
{
    public static AddTagsToResourceResponse Instance { get; } = new();
}
