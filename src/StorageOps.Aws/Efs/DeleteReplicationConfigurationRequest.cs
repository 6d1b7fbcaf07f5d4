namespace StorageOps.Aws.Efs;

/// <summary>Input of EFS DeleteReplicationConfiguration (DeletionMode travels as the <c>deletionMode</c> query parameter).</summary>
public sealed record DeleteReplicationConfigurationRequest
{
    public required string SourceFileSystemId { get; init; }

    /// <summary><c>ALL_CONFIGURATIONS</c> (default) or <c>LOCAL_CONFIGURATION_ONLY</c>.</summary>
    public string? DeletionMode { get; init; }
}
