namespace StorageOps.Functions.FileSystems;

/// <summary>Input of the DescribeFileSystemDeletion handler.</summary>
public sealed record DescribeFileSystemDeletionInput
{
    public string? FileSystemId { get; init; }

    /// <summary>When the deletion was asked for; the polling interval grows with the time since.</summary>
    public DateTimeOffset? Since { get; init; }
}
