namespace StorageOps.Simulator.DocDbElastic;

public sealed record ListClustersResult(IReadOnlyList<ElasticClusterDescription> Clusters, string? NextToken);
