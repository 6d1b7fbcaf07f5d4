namespace StorageOps.Functions.SnapshotTargets;

/// <summary>One cluster the night protects: an item of the nightly Map.</summary>
/// <param name="Cluster">The Aurora DBClusterIdentifier or the DocumentDB Elastic clusterName.</param>
/// <param name="Kind">One of <see cref="SnapshotTargetKinds"/>.</param>
/// <param name="Arn">The cluster's ARN (DocumentDB Elastic snapshots are listed by it).</param>
public sealed record SnapshotTarget(string Cluster, string Kind, string Arn);
