namespace StorageOps.Aws.Rds;

public sealed record ListTagsForResourceResponse(IReadOnlyList<Tag> TagList);
