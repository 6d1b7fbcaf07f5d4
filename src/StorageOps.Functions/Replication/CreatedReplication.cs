namespace StorageOps.Functions.Replication;

/// <summary>Result of the CreateReplication handler.</summary>
/// <param name="AlreadyExisted">True when this source already replicated to the requested destination (an earlier delivery made it).</param>
/// <param name="OverwriteProtectionDisabled">True when this call turned the existing destination's replication overwrite protection DISABLED.</param>
/// <param name="Deadline">After this instant the workflow stops polling and fails.</param>
public sealed record CreatedReplication(
    string SourceFileSystemId,
    bool AlreadyExisted,
    bool OverwriteProtectionDisabled,
    DateTimeOffset Deadline,
    ReplicationStatus Status);
