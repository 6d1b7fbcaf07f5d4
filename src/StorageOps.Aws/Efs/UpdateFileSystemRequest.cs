namespace StorageOps.Aws.Efs;

/// <summary>Input of EFS UpdateFileSystem: a new throughput mode and/or provisioned throughput.</summary>
public sealed record UpdateFileSystemRequest
{
    public required string FileSystemId { get; init; }

    /// <summary><c>bursting</c>, <c>provisioned</c> or <c>elastic</c>.</summary>
    public string? ThroughputMode { get; init; }

    public double? ProvisionedThroughputInMibps { get; init; }
}
