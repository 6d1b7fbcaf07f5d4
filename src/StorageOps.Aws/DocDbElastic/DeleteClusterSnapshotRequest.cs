namespace StorageOps.Aws.DocDbElastic;

/// <summary>Input of DocumentDB Elastic DeleteClusterSnapshot.</summary>
public sealed record DeleteClusterSnapshotRequest
{
    public required string SnapshotArn { get; init; }
}
