namespace StorageOps.Aws.Efs;

/// <summary>Input of EFS DeleteTags (deprecated by AWS in favour of UntagResource, still served).</summary>
public sealed record DeleteTagsRequest
{
    public required string FileSystemId { get; init; }

    public required IReadOnlyList<string> TagKeys { get; init; }
}
