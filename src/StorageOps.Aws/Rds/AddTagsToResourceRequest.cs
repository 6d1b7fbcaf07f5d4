namespace StorageOps.Aws.Rds;

/// <summary>Input of RDS AddTagsToResource: the resource's ARN and the tags to add or overwrite.</summary>
public sealed record AddTagsToResourceRequest
{
    public required string ResourceName { get; init; }

    public required IReadOnlyList<Tag> Tags { get; init; }
}
