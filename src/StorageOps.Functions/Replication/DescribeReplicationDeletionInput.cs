namespace StorageOps.Functions.Replication;

/// <summary>Input of the DescribeReplicationDeletion handler.</summary>
public sealed record DescribeReplicationDeletionInput
{
    public string? FileSystemId { get; init; }

    /// <summary>When the deletion was started (DeleteReplication's <c>checkedAt</c>); the wait grows with its age.</summary>
    public DateTimeOffset? DeletionStartedAt { get; init; }
}
