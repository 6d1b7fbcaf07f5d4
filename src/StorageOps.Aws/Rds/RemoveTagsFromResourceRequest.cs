namespace StorageOps.Aws.Rds;

/// <summary>Input of RDS RemoveTagsFromResource: the resource's ARN and the keys of the tags to remove.</summary>
public sealed record RemoveTagsFromResourceRequest
{
    public required string ResourceName { get; init; }

    public required IReadOnlyList<string> TagKeys { get; init; }
}
