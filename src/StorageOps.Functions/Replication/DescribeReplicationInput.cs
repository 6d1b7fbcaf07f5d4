namespace StorageOps.Functions.Replication;

/// <summary>Input of the DescribeReplication handler.</summary>
public sealed record DescribeReplicationInput
{
    public string? SourceFileSystemId { get; init; }

    /// <summary>The workflow's deadline; the next wait never reaches past it.</summary>
    public DateTimeOffset? Deadline { get; init; }
}
