namespace StorageOps.Functions.FileSystems;

/// <summary>Input of the UpdateFileSystemThroughput handler.</summary>
public sealed record UpdateFileSystemThroughputInput
{
    public string? FileSystemId { get; init; }

    /// <summary><c>bursting</c>, <c>provisioned</c> or <c>elastic</c>; null keeps the current mode.</summary>
    public string? ThroughputMode { get; init; }

    public double? ProvisionedThroughputInMibps { get; init; }
}
