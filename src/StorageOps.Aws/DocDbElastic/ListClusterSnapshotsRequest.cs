namespace StorageOps.Aws.DocDbElastic;

/// <summary>Input of DocumentDB Elastic ListClusterSnapshots.</summary>
public sealed record ListClusterSnapshotsRequest
{
    /// <summary>Only the snapshots of this cluster; null = every cluster.</summary>
    public string? ClusterArn { get; init; }

    /// <summary><c>manual</c> or <c>automated</c> (documented lower case on input; outputs say <c>MANUAL</c>/<c>AUTOMATED</c>).</summary>
    public string? SnapshotType { get; init; }

    /// <summary>20 to 100.</summary>
    public int? MaxResults { get; init; }

    public string? NextToken { get; init; }
}
