namespace StorageOps.Aws.Efs;

/// <summary>Input of EFS UpdateFileSystemProtection.</summary>
public sealed record UpdateFileSystemProtectionRequest
{
    public required string FileSystemId { get; init; }

    /// <summary><c>ENABLED</c> or <c>DISABLED</c> (<c>REPLICATING</c> is set by EFS itself).</summary>
    public string? ReplicationOverwriteProtection { get; init; }
}
