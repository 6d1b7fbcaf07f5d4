namespace StorageOps.Aws.Efs;

/// <summary>Input of EFS DeleteFileSystem; the file system must have no mount targets.</summary>
public sealed record DeleteFileSystemRequest
{
    /// <summary>File system id (<c>fs-…</c>) or ARN.</summary>
    public required string FileSystemId { get; init; }
}
