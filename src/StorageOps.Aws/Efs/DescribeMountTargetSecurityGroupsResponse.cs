namespace StorageOps.Aws.Efs;

public sealed record DescribeMountTargetSecurityGroupsResponse(IReadOnlyList<string> SecurityGroups);
