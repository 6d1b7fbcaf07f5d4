namespace StorageOps.Aws.Efs;

/// <summary>Input of EFS ListTagsForResource.</summary>
public sealed record ListTagsForResourceRequest
{
    public required string ResourceId { get; init; }

    public int? MaxResults { get; init; }

    public string? NextToken { get; init; }
}
