namespace StorageOps.Aws.Efs;

/// <summary>Input of EFS DescribeMountTargetSecurityGroups.</summary>
public sealed record DescribeMountTargetSecurityGroupsRequest
{
    public required string MountTargetId { get; init; }
}
