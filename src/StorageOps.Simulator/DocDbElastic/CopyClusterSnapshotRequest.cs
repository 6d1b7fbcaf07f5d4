namespace StorageOps.Simulator.DocDbElastic;

public sealed record CopyClusterSnapshotRequest
{
    public string? SnapshotArn { get; init; }

    public string? TargetSnapshotName { get; init; }

    public string? KmsKeyId { get; init; }

    public bool? CopyTags { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
