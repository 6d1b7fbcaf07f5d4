namespace StorageOps.Aws.Rds;

/// <summary>Input of RDS DescribeDBClusters; member names are the service model's.</summary>
public sealed record DescribeDBClustersRequest
{
    public string? DBClusterIdentifier { get; init; }

    public IReadOnlyList<Filter>? Filters { get; init; }

    /// <summary>20 to 100; the service default is 100.</summary>
    public int? MaxRecords { get; init; }

    public string? Marker { get; init; }

    public bool? IncludeShared { get; init; }
}
