namespace StorageOps.Aws.Efs;

/// <summary>Input of EFS DescribeTags (deprecated by AWS in favour of ListTagsForResource, still served).</summary>
public sealed record DescribeTagsRequest
{
    public required string FileSystemId { get; init; }

    public int? MaxItems { get; init; }

    public string? Marker { get; init; }
}
