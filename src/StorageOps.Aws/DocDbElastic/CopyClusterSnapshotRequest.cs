namespace StorageOps.Aws.DocDbElastic;

/// <summary>Input of DocumentDB Elastic CopyClusterSnapshot (model members <c>snapshotArn</c>, <c>targetSnapshotName</c>, …).</summary>
public sealed record CopyClusterSnapshotRequest
{
    /// <summary>ARN of the snapshot to copy; it travels percent-encoded inside one path segment.</summary>
    public required string SnapshotArn { get; init; }

    /// <summary>1–63 letters, digits or hyphens; first a letter; no trailing hyphen and no two hyphens in a row.</summary>
    public required string TargetSnapshotName { get; init; }

    /// <summary>Key id, key ARN, alias or alias ARN; null = the source snapshot's key.</summary>
    public string? KmsKeyId { get; init; }

    public bool? CopyTags { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
