namespace StorageOps.Simulator.Rds;

public sealed record DescribeDBClustersResult(IReadOnlyList<DBClusterDescription> DBClusters, string? Marker);
