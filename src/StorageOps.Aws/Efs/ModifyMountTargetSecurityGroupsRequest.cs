namespace StorageOps.Aws.Efs;

/// <summary>Input of EFS ModifyMountTargetSecurityGroups: replaces the mount target's security groups.</summary>
public sealed record ModifyMountTargetSecurityGroupsRequest
{
    public required string MountTargetId { get; init; }

    /// <summary>Up to five security group ids (<c>sg-…</c>).</summary>
    public IReadOnlyList<string>? SecurityGroups { get; init; }
}
