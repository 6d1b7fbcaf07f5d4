using StorageOps.Functions.Requests;

namespace StorageOps.Functions.Networking;

/// <summary>The provisioning request's placement members: the One Zone file system's zone (if any) and the mount targets.</summary>
public sealed record ValidateMountTargetPlacementInput
{
    public string? AvailabilityZoneName { get; init; }

    public IReadOnlyList<MountTargetRequest>? MountTargets { get; init; }
}
