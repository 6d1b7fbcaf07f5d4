namespace StorageOps.Simulator.Efs;

public sealed record DescribeMountTargetsResult(IReadOnlyList<MountTargetDescription> MountTargets, string? Marker, string? NextMarker);
