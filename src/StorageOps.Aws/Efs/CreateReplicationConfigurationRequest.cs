namespace StorageOps.Aws.Efs;

/// <summary>Input of EFS CreateReplicationConfiguration; EFS supports exactly one destination.</summary>
public sealed record CreateReplicationConfigurationRequest
{
    public required string SourceFileSystemId { get; init; }

    public required IReadOnlyList<DestinationToCreate> Destinations { get; init; }
}
