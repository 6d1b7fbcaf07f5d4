namespace StorageOps.Functions.MountTargets;

/// <summary>Result of the ModifyMountTargetSecurityGroups handler.</summary>
public sealed record MountTargetSecurityGroupsUpdate(string FileSystemId, IReadOnlyList<MountTargetSecurityGroupsChange> MountTargets);
