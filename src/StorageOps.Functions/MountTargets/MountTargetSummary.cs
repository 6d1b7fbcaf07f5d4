namespace StorageOps.Functions.MountTargets;

/// <summary>What a user needs to know of one mount target, as provision returns it.</summary>
public sealed record MountTargetSummary(
    string MountTargetId,
    string SubnetId,
    string? AvailabilityZoneName,
    string? IpAddress,
    string? NetworkInterfaceId,
    string LifeCycleState);
