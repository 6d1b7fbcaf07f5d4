namespace StorageOps.Aws.DocDbElastic;

/// <summary>Input of DocumentDB Elastic GetCluster.</summary>
public sealed record GetClusterRequest
{
    public required string ClusterArn { get; init; }
}
