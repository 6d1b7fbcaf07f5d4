namespace StorageOps.Aws.Efs;

public sealed record ListTagsForResourceResponse(IReadOnlyList<Tag> Tags, string? NextToken);
