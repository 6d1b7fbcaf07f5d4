namespace StorageOps.Aws.Efs;

public sealed record DescribeTagsResponse(IReadOnlyList<Tag> Tags, string? Marker, string? NextMarker);
