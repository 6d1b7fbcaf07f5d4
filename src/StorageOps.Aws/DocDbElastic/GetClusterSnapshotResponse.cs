namespace StorageOps.Aws.DocDbElastic;

public sealed record GetClusterSnapshotResponse(ClusterSnapshot? Snapshot);
