namespace StorageOps.Aws.Rds;

/// <summary>One page of DB clusters; <see cref="Marker"/> is set when there are more.</summary>
public sealed record DescribeDBClustersResponse(IReadOnlyList<DBCluster> DBClusters, string? Marker);
