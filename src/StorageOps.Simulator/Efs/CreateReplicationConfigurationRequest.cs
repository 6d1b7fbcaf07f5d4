namespace StorageOps.Simulator.Efs;

/// <summary>The members of EFS <c>CreateReplicationConfiguration</c>.</summary>
public sealed record CreateReplicationConfigurationRequest
{
    public string? SourceFileSystemId { get; init; }

    public IReadOnlyList<ReplicationDestinationRequest>? Destinations { get; init; }
}
