namespace StorageOps.Functions.Replication;

/// <summary>One replication destination as the health check saw it.</summary>
/// <param name="Status">EFS's destination status: <c>ENABLED</c>, <c>ENABLING</c>, <c>DELETING</c>, <c>ERROR</c>, <c>PAUSED</c> or <c>PAUSING</c>.</param>
/// <param name="StatusMessage">Why EFS paused the destination or put it in error, when it says.</param>
/// <param name="LagSeconds">Seconds since the last completed sync (since the configuration was created when there was none yet); absent when EFS gave neither time.</param>
/// <param name="Unhealthy">The destination is <c>ERROR</c> or <c>PAUSED</c>, or its lag is over the threshold.</param>
/// <param name="Reason">Why it is unhealthy, one sentence per cause.</param>
public sealed record ReplicationDestinationHealth(
    string SourceFileSystemId,
    string DestinationFileSystemId,
    string DestinationRegion,
    string Status,
    string? StatusMessage,
    long? LagSeconds,
    DateTimeOffset? LastReplicatedTimestamp,
    bool Unhealthy,
    string? Reason);
