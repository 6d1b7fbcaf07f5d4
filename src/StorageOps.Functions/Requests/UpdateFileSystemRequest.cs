namespace StorageOps.Functions.Requests;

/// <summary>A request to change an existing file system: the input of the update-file-system state machine. At least one change.</summary>
public sealed record UpdateFileSystemRequest
{
    public string? RequestId { get; init; }

    public string? FileSystemId { get; init; }

    public string? ThroughputMode { get; init; }

    public double? ProvisionedThroughputInMibps { get; init; }

    public IReadOnlyList<MountTargetSecurityGroupsRequest>? MountTargetSecurityGroups { get; init; }

    /// <summary>Tags added, or overwritten when the key exists.</summary>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>Never our ownership tag keys.</summary>
    public IReadOnlyList<string>? RemoveTagKeys { get; init; }

    /// <summary>ENABLED or DISABLED (EFS UpdateFileSystemProtection; REPLICATING is set by EFS only).</summary>
    public string? ReplicationOverwriteProtection { get; init; }

    public int? TimeoutSeconds { get; init; }
}
