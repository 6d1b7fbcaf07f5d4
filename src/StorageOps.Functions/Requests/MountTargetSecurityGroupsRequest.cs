namespace StorageOps.Functions.Requests;

/// <summary>The security groups that replace those of one mount target (EFS ModifyMountTargetSecurityGroups).</summary>
public sealed record MountTargetSecurityGroupsRequest
{
    public string? MountTargetId { get; init; }

    public IReadOnlyList<string>? SecurityGroups { get; init; }
}
