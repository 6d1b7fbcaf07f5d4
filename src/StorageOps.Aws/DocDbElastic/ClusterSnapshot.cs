namespace StorageOps.Aws.DocDbElastic;

/// <summary>A cluster snapshot as DocumentDB Elastic describes it (model shape <c>ClusterSnapshot</c>).</summary>
public sealed record ClusterSnapshot
{
    public string? SnapshotArn { get; init; }

    public string? SnapshotName { get; init; }

    public string? ClusterArn { get; init; }

    /// <summary><c>CREATING</c>, <c>ACTIVE</c> (ready), <c>COPYING</c>, <c>DELETING</c>, …</summary>
    public string? Status { get; init; }

    /// <summary><c>MANUAL</c> or <c>AUTOMATED</c>.</summary>
    public string? SnapshotType { get; init; }

    public DateTimeOffset? SnapshotCreationTime { get; init; }

    public DateTimeOffset? ClusterCreationTime { get; init; }

    public string? AdminUserName { get; init; }

    public string? KmsKeyId { get; init; }

    public IReadOnlyList<string> SubnetIds { get; init; } = [];

    public IReadOnlyList<string> VpcSecurityGroupIds { get; init; } = [];
}
