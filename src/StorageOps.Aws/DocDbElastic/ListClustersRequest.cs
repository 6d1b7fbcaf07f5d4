namespace StorageOps.Aws.DocDbElastic;

/// <summary>Input of DocumentDB Elastic ListClusters.</summary>
public sealed record ListClustersRequest
{
    /// <summary>1 to 100.</summary>
    public int? MaxResults { get; init; }

    public string? NextToken { get; init; }
}
