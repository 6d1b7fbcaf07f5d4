namespace StorageOps.Aws.DocDbElastic;

/// <summary>One item of ListClusterSnapshots (model shape <c>ClusterSnapshotInList</c>).</summary>
public sealed record ClusterSnapshotInList
{
    public string? SnapshotArn { get; init; }

    public string? SnapshotName { get; init; }

    public string? ClusterArn { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? SnapshotCreationTime { get; init; }
}
