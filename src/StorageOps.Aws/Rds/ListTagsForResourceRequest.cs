namespace StorageOps.Aws.Rds;

/// <summary>Input of RDS ListTagsForResource: the resource's ARN.</summary>
public sealed record ListTagsForResourceRequest
{
    public required string ResourceName { get; init; }

    public IReadOnlyList<Filter>? Filters { get; init; }
}
