namespace StorageOps.Aws.Rds;

/// <summary>Input of RDS CopyDBClusterSnapshot; member names are the service model's.</summary>
public sealed record CopyDBClusterSnapshotRequest
{
    /// <summary>The snapshot identifier, or its ARN when copying from another Region or a shared snapshot.</summary>
    public required string SourceDBClusterSnapshotIdentifier { get; init; }

    /// <summary>1–255 letters, digits or hyphens; first a letter; no trailing hyphen and no two consecutive hyphens.</summary>
    public required string TargetDBClusterSnapshotIdentifier { get; init; }

    public string? KmsKeyId { get; init; }

    /// <summary>Only for cross-Region copies signed by hand; SDKs normally generate it from SourceRegion.</summary>
    public string? PreSignedUrl { get; init; }

    public bool? CopyTags { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }
}
