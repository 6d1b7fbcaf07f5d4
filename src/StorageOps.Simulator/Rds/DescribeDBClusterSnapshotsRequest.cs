namespace StorageOps.Simulator.Rds;

public sealed record DescribeDBClusterSnapshotsRequest
{
    public string? DBClusterIdentifier { get; init; }

    public string? DBClusterSnapshotIdentifier { get; init; }

    /// <summary><c>automated</c> or <c>manual</c>; null describes both.</summary>
    public string? SnapshotType { get; init; }

    /// <summary>Supported names: <c>db-cluster-id</c>, <c>db-cluster-snapshot-id</c>, <c>snapshot-type</c>, <c>engine</c>.</summary>
    public IReadOnlyList<RdsFilter>? Filters { get; init; }

    /// <summary>Between 20 and 100; 100 when null.</summary>
    public int? MaxRecords { get; init; }

    public string? Marker { get; init; }
}
