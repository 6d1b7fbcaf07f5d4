namespace StorageOps.Aws.Efs;

/// <summary>Input of EFS CreateTags (deprecated by AWS in favour of TagResource, still served).</summary>
public sealed record CreateTagsRequest
{
    public required string FileSystemId { get; init; }

    public required IReadOnlyList<Tag> Tags { get; init; }
}
