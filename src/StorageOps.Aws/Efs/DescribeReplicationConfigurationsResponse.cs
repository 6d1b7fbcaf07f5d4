namespace StorageOps.Aws.Efs;

public sealed record DescribeReplicationConfigurationsResponse(IReadOnlyList<ReplicationConfigurationDescription> Replications, string? NextToken);
