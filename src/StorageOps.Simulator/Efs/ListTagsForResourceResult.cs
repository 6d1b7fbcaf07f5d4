namespace StorageOps.Simulator.Efs;

public sealed record ListTagsForResourceResult(IReadOnlyList<EfsTag> Tags, string? NextToken);
