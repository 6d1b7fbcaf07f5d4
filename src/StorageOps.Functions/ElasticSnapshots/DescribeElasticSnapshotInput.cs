using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.ElasticSnapshots;

/// <summary>Input of the DescribeElasticSnapshot handler: the copy CopyElasticSnapshot started.</summary>
public sealed record DescribeElasticSnapshotInput
{
    public SnapshotTarget? Target { get; init; }

    public Night? Night { get; init; }

    /// <summary>The copy's ARN, from CopyElasticSnapshot's <c>snapshotArn</c>.</summary>
    public string? SnapshotArn { get; init; }
}
