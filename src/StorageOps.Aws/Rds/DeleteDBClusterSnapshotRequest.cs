namespace StorageOps.Aws.Rds;

/// <summary>Input of RDS DeleteDBClusterSnapshot (the snapshot must be <c>available</c>).</summary>
public sealed record DeleteDBClusterSnapshotRequest
{
    public required string DBClusterSnapshotIdentifier { get; init; }
}
