namespace StorageOps.Simulator.Efs;

/// <summary>A replication configuration as EFS describes it at one moment.</summary>
public sealed record ReplicationConfigurationDescription
{
    public required string SourceFileSystemId { get; init; }

    public required string SourceFileSystemRegion { get; init; }

    public required string SourceFileSystemArn { get; init; }

    public required string OriginalSourceFileSystemArn { get; init; }

    public required string SourceFileSystemOwnerId { get; init; }

    public required DateTimeOffset CreationTime { get; init; }

    public required IReadOnlyList<ReplicationDestinationDescription> Destinations { get; init; }
}
