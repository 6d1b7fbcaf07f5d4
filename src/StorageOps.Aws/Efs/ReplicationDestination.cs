namespace StorageOps.Aws.Efs;

/// <summary>The destination of a replication configuration (the model's <c>Destination</c> shape).</summary>
public sealed record ReplicationDestination
{
    /// <summary><c>ENABLED</c>, <c>ENABLING</c>, <c>DELETING</c>, <c>ERROR</c>, <c>PAUSED</c> or <c>PAUSING</c>.</summary>
    public string? Status { get; init; }

    public string? FileSystemId { get; init; }

    public string? Region { get; init; }

    public DateTimeOffset? LastReplicatedTimestamp { get; init; }

    public string? OwnerId { get; init; }

    /// <summary>Why the destination is <c>PAUSED</c> or in <c>ERROR</c>.</summary>
    public string? StatusMessage { get; init; }

    public string? RoleArn { get; init; }
}
