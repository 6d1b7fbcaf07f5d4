namespace StorageOps.Simulator.Efs;

public sealed record DescribeReplicationConfigurationsResult(IReadOnlyList<ReplicationConfigurationDescription> Replications, string? NextToken);
