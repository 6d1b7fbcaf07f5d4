namespace StorageOps.Functions.FileSystems;

/// <summary>Input of the DescribeFileSystem handler.</summary>
public sealed record DescribeFileSystemInput
{
    public string? FileSystemId { get; init; }
}
