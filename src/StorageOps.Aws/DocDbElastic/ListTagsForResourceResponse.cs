namespace StorageOps.Aws.DocDbElastic;

public sealed record ListTagsForResourceResponse(IReadOnlyDictionary<string, string> Tags);
