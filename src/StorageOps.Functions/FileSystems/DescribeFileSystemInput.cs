namespace StorageOps.Functions.FileSystems;

/// <summary>Input of the DescribeFileSystem handler.</summary>
public sealed record DescribeFileSystemInput
{
    public string? FileSystemId { get; init; }

    /// <summary>The request's deadline (CreateFileSystem's output); the next poll is never scheduled past it. Null = none.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>
    /// When a throughput change of this file system was asked for: its polls then await the update (<c>updating</c> →
    /// <c>available</c>) counted from this time, instead of the creation counted from the file system's CreationTime.
    /// </summary>
    public DateTimeOffset? UpdateRequestedAt { get; init; }
}
