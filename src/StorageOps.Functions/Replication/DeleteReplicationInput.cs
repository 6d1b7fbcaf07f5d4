namespace StorageOps.Functions.Replication;

/// <summary>Input of the DeleteReplication handler.</summary>
public sealed record DeleteReplicationInput
{
    /// <summary>The source (or destination) file system whose replication configuration goes.</summary>
    public string? FileSystemId { get; init; }

    /// <summary>Delete also when the file system lacks our ownership tag (teardown's <c>"force": true</c>).</summary>
    public bool? Force { get; init; }
}
