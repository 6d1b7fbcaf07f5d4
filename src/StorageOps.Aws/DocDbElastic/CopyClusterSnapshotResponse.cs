namespace StorageOps.Aws.DocDbElastic;

public sealed record CopyClusterSnapshotResponse(ClusterSnapshot? Snapshot);
