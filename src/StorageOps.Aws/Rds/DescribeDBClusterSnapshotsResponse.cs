namespace StorageOps.Aws.Rds;

/// <summary>One page of DB cluster snapshots; <see cref="Marker"/> is set when there are more.</summary>
public sealed record DescribeDBClusterSnapshotsResponse(IReadOnlyList<DBClusterSnapshot> DBClusterSnapshots, string? Marker);
