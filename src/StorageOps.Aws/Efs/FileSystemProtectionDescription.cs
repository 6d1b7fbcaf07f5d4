namespace StorageOps.Aws.Efs;

/// <summary>Replication overwrite protection: <c>ENABLED</c>, <c>DISABLED</c> or <c>REPLICATING</c>.</summary>
public sealed record FileSystemProtectionDescription(string? ReplicationOverwriteProtection);
