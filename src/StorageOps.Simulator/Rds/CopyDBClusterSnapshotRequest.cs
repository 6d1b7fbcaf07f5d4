namespace StorageOps.Simulator.Rds;

public sealed record CopyDBClusterSnapshotRequest
{
    /// <summary>An identifier or ARN of a snapshot in the caller's region.</summary>
    public string? SourceDBClusterSnapshotIdentifier { get; init; }

    public string? TargetDBClusterSnapshotIdentifier { get; init; }

    public string? KmsKeyId { get; init; }

    public bool? CopyTags { get; init; }

    public IReadOnlyList<RdsTag>? Tags { get; init; }
}
