namespace StorageOps.Simulator.Efs;

public sealed record DescribeTagsResult(IReadOnlyList<EfsTag> Tags, string? Marker, string? NextMarker);
