namespace StorageOps.Aws.DocDbElastic;

public sealed record GetClusterResponse(Cluster? Cluster);
