namespace StorageOps.Functions.MountTargets;

/// <summary>One mount target's security groups after the ModifyMountTargetSecurityGroups handler.</summary>
/// <param name="Changed">False when the mount target already had exactly these groups, so nothing was sent to EFS.</param>
public sealed record MountTargetSecurityGroupsChange(string MountTargetId, IReadOnlyList<string> SecurityGroups, bool Changed);
