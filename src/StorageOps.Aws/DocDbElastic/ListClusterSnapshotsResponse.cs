namespace StorageOps.Aws.DocDbElastic;

public sealed record ListClusterSnapshotsResponse(IReadOnlyList<ClusterSnapshotInList> Snapshots, string? NextToken);
