using System.Text.Json.Serialization;

namespace StorageOps.Functions.FileSystems;

/// <summary>Result of the UpdateFileSystemProtection handler: the protection EFS reports after the call (written also when EFS reports none).</summary>
public sealed record FileSystemProtectionUpdate(
    string FileSystemId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ReplicationOverwriteProtection);
