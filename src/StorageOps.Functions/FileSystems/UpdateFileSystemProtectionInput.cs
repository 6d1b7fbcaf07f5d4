namespace StorageOps.Functions.FileSystems;

/// <summary>Input of the UpdateFileSystemProtection handler.</summary>
public sealed record UpdateFileSystemProtectionInput
{
    public string? FileSystemId { get; init; }

    /// <summary><c>ENABLED</c> or <c>DISABLED</c>.</summary>
    public string? ReplicationOverwriteProtection { get; init; }
}
