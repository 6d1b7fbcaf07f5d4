namespace StorageOps.Simulator.Rds;

public sealed record DescribeDBClustersRequest
{
    public string? DBClusterIdentifier { get; init; }

    /// <summary>Supported names: <c>db-cluster-id</c> (identifier or ARN), <c>engine</c>.</summary>
    public IReadOnlyList<RdsFilter>? Filters { get; init; }

    /// <summary>Between 20 and 100; 100 when null.</summary>
    public int? MaxRecords { get; init; }

    public string? Marker { get; init; }
}
