namespace StorageOps.Aws.Efs;

public sealed record DescribeMountTargetsResponse(IReadOnlyList<MountTargetDescription> MountTargets, string? Marker, string? NextMarker);
