namespace StorageOps.Aws.Rds;

/// <summary>Input of RDS CreateDBClusterSnapshot; member names are the service model's.</summary>
public sealed record CreateDBClusterSnapshotRequest
{
    /// <summary>1–255 letters, digits or hyphens; first a letter; no trailing hyphen and no two consecutive hyphens.</summary>
    public required string DBClusterSnapshotIdentifier { get; init; }

    /// <summary>The DB cluster to snapshot.</summary>
    public required string DBClusterIdentifier { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }
}
