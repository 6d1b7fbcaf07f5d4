namespace StorageOps.Functions.Replication;

/// <summary>The result of one replication health check over every replication configuration of the function's Region.</summary>
/// <param name="CheckedAt">When the configurations were described, on the function's clock.</param>
/// <param name="LagThresholdSeconds">A destination whose lag is over this is unhealthy.</param>
/// <param name="Replications">How many replication configurations were described.</param>
/// <param name="Destinations">How many destinations they have.</param>
/// <param name="Unhealthy">How many destinations are unhealthy.</param>
/// <param name="Healthy">No destination is unhealthy (also true when there is no configuration at all).</param>
/// <param name="DestinationsReport">Every destination, in the order EFS listed them.</param>
public sealed record ReplicationHealthReport(
    DateTimeOffset CheckedAt,
    long LagThresholdSeconds,
    int Replications,
    int Destinations,
    int Unhealthy,
    bool Healthy,
    IReadOnlyList<ReplicationDestinationHealth> DestinationsReport);
