namespace StorageOps.Aws.DocDbElastic;

public sealed record DeleteClusterSnapshotResponse(ClusterSnapshot? Snapshot);
