namespace StorageOps.Simulator.DocDbElastic;

public sealed record ListClusterSnapshotsResult(IReadOnlyList<ElasticClusterSnapshotDescription> Snapshots, string? NextToken);
