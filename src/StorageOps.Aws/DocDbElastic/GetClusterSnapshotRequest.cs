namespace StorageOps.Aws.DocDbElastic;

/// <summary>Input of DocumentDB Elastic GetClusterSnapshot.</summary>
public sealed record GetClusterSnapshotRequest
{
    public required string SnapshotArn { get; init; }
}
