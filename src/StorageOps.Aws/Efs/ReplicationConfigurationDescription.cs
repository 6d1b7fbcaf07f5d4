namespace StorageOps.Aws.Efs;

/// <summary>A replication configuration (CreateReplicationConfiguration's response, each DescribeReplicationConfigurations item).</summary>
public sealed record ReplicationConfigurationDescription
{
    public string? SourceFileSystemId { get; init; }

    public string? SourceFileSystemRegion { get; init; }

    public string? SourceFileSystemArn { get; init; }

    public string? OriginalSourceFileSystemArn { get; init; }

    public DateTimeOffset? CreationTime { get; init; }

    public IReadOnlyList<ReplicationDestination> Destinations { get; init; } = [];

    public string? SourceFileSystemOwnerId { get; init; }
}
