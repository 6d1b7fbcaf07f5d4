namespace StorageOps.Functions.FileSystems;

/// <summary>Result of the UpdateFileSystemProtection handler: the protection EFS reports after the call.</summary>
public sealed record FileSystemProtectionUpdate(string FileSystemId, string? ReplicationOverwriteProtection);
