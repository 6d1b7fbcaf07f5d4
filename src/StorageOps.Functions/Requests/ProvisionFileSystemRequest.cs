namespace StorageOps.Functions.Requests;

/// <summary>
/// A request to provision one EFS file system with its mount targets and optional replication: the input of the
/// provision-file-system state machine (the SQS message without its <c>action</c>) and of the CreateFileSystem handler. Members are nullable so a missing one is reported by name, not as a JSON error.
/// </summary>
public sealed record ProvisionFileSystemRequest
{
    /// <summary>Unique per request; becomes the CreationToken and the execution name, so duplicates create nothing.</summary>
    public string? RequestId { get; init; }

    public string? PerformanceMode { get; init; }

    public string? ThroughputMode { get; init; }

    public double? ProvisionedThroughputInMibps { get; init; }

    public bool? Encrypted { get; init; }

    public string? KmsKeyId { get; init; }

    /// <summary>Set for a One Zone file system.</summary>
    public string? AvailabilityZoneName { get; init; }

    public bool? Backup { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>One mount target per subnet; none when absent.</summary>
    public IReadOnlyList<MountTargetRequest>? MountTargets { get; init; }

    public ReplicationDestinationRequest? Replication { get; init; }

    /// <summary>Whether a failed execution deletes what it created; default true.</summary>
    public bool? RollbackOnFailure { get; init; }

    /// <summary>How long the workflow may wait for the file system to become available; default 30 minutes.</summary>
    public int? TimeoutSeconds { get; init; }
}
