namespace StorageOps.Functions.Networking;

/// <summary>A request's mount targets, checked: the one VPC they share (null when none were requested) and, in request order, where each goes.</summary>
public sealed record MountTargetPlacement(string? VpcId, IReadOnlyList<PlacedMountTarget> MountTargets);
