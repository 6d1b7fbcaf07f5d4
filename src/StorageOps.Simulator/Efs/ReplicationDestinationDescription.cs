namespace StorageOps.Simulator.Efs;

/// <summary>The <c>Destination</c> shape of a replication configuration.</summary>
public sealed record ReplicationDestinationDescription
{
    public required string Status { get; init; }

    public required string FileSystemId { get; init; }

    public required string Region { get; init; }

    public DateTimeOffset? LastReplicatedTimestamp { get; init; }

    public required string OwnerId { get; init; }

    /// <summary>Why the destination is <c>ERROR</c> or <c>PAUSED</c>; null in every other state.</summary>
    public string? StatusMessage { get; init; }

    public string? RoleArn { get; init; }
}
