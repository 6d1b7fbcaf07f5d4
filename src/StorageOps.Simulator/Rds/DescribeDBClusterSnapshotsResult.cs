namespace StorageOps.Simulator.Rds;

public sealed record DescribeDBClusterSnapshotsResult(IReadOnlyList<DBClusterSnapshotDescription> DBClusterSnapshots, string? Marker);
