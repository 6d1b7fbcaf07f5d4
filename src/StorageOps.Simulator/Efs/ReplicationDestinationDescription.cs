namespace StorageOps.Simulator.Efs;

/// <summary>The <c>Destination</c> shape of a replication configuration.</summary>
public sealed record ReplicationDestinationDescription
{
    public required string Status { get; init; }

    public required string FileSystemId { get; init; }

    public required string Region { get; init; }

    public DateTimeOffset? LastReplicatedTimestamp { get; init; }

    public required string OwnerId { get; init; }

    public string? RoleArn { get; init; }
}
