using StorageOps.Functions.Requests;

namespace StorageOps.Functions.MountTargets;

/// <summary>Input of the ModifyMountTargetSecurityGroups handler: new security groups for some mount targets of one file system.</summary>
public sealed record ModifyMountTargetSecurityGroupsInput
{
    public string? FileSystemId { get; init; }

    public IReadOnlyList<MountTargetSecurityGroupsRequest>? MountTargetSecurityGroups { get; init; }
}
