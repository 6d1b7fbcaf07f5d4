namespace StorageOps.Aws.DocDbElastic;

public sealed record ListClustersResponse(IReadOnlyList<ClusterInList> Clusters, string? NextToken);
