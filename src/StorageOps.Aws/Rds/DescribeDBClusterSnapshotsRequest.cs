namespace StorageOps.Aws.Rds;

/// <summary>Input of RDS DescribeDBClusterSnapshots; <see cref="DBClusterIdentifier"/> and <see cref="DBClusterSnapshotIdentifier"/> exclude each other.</summary>
public sealed record DescribeDBClusterSnapshotsRequest
{
    public string? DBClusterIdentifier { get; init; }

    public string? DBClusterSnapshotIdentifier { get; init; }

    /// <summary><c>automated</c>, <c>manual</c>, <c>shared</c>, <c>public</c> or <c>awsbackup</c>.</summary>
    public string? SnapshotType { get; init; }

    public IReadOnlyList<Filter>? Filters { get; init; }

    /// <summary>20 to 100; the service default is 100.</summary>
    public int? MaxRecords { get; init; }

    public string? Marker { get; init; }

    public bool? IncludeShared { get; init; }

    public bool? IncludePublic { get; init; }

    public string? DbClusterResourceId { get; init; }
}
