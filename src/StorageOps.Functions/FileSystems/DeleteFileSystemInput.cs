namespace StorageOps.Functions.FileSystems;

/// <summary>Input of the DeleteFileSystem handler (teardown and rollback); its mount targets must be gone.</summary>
public sealed record DeleteFileSystemInput
{
    public string? FileSystemId { get; init; }

    /// <summary>Set by a rollback: delete only when the file system carries this request id in its ownership tag.</summary>
    public string? CreatedByRequestId { get; init; }

    /// <summary>Delete even when the file system does not carry our ownership tag.</summary>
    public bool? Force { get; init; }

    /// <summary>How long the caller may wait for the deletion; default 30 minutes.</summary>
    public int? TimeoutSeconds { get; init; }
}
