namespace StorageOps.Functions.FileSystems;

/// <summary>Input of the DescribeFileSystem handler.</summary>
public sealed record DescribeFileSystemInput
{
    public string? FileSystemId { get; init; }

    /// <summary>The request's deadline (CreateFileSystem's output); the next poll is never scheduled past it. Null = none.</summary>
    public DateTimeOffset? Deadline { get; init; }
}
