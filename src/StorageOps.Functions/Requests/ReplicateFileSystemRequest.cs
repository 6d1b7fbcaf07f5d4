namespace StorageOps.Functions.Requests;

/// <summary>A request to replicate an existing file system: the input of the replicate-file-system state machine.</summary>
public sealed record ReplicateFileSystemRequest
{
    public string? RequestId { get; init; }

    /// <summary>The source file system.</summary>
    public string? FileSystemId { get; init; }

    public ReplicationDestinationRequest? Destination { get; init; }

    public int? TimeoutSeconds { get; init; }
}
