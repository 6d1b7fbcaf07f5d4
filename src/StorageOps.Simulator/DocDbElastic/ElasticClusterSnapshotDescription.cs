namespace StorageOps.Simulator.DocDbElastic;

/// <summary>An elastic cluster snapshot (the <c>ClusterSnapshot</c> shape; lists show the <c>ClusterSnapshotInList</c> subset).</summary>
public sealed record ElasticClusterSnapshotDescription
{
    public required string AdminUserName { get; init; }

    public required string ClusterArn { get; init; }

    public required DateTimeOffset ClusterCreationTime { get; init; }

    public required string KmsKeyId { get; init; }

    public required string SnapshotArn { get; init; }

    public required DateTimeOffset SnapshotCreationTime { get; init; }

    public required string SnapshotName { get; init; }

    /// <summary><c>MANUAL</c> or <c>AUTOMATED</c>.</summary>
    public required string SnapshotType { get; init; }

    public required string Status { get; init; }

    public required IReadOnlyList<string> SubnetIds { get; init; }

    public required IReadOnlyList<string> VpcSecurityGroupIds { get; init; }
}
