namespace StorageOps.Aws.DocDbElastic;

/// <summary>One item of ListClusterSnapshots (model shape <c>ClusterSnapshotInList</c>).</summary>
public sealed record ClusterSnapshotInList
{
    public required string SnapshotArn { get; init; }

    public required string SnapshotName { get; init; }

    public required string ClusterArn { get; init; }

    public required string Status { get; init; }

    public DateTimeOffset? SnapshotCreationTime { get; init; }
}
