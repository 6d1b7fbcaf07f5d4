using StorageOps.Aws.Protocol;

namespace StorageOps.Aws.DocDbElastic;

/// <summary>The paginators of botocore's <c>paginators-1.json</c> for DocumentDB Elastic 2022-11-28.</summary>
internal static class DocDbElasticPaginators
{
    /// <summary>ListClusterSnapshots: nextToken in and out, limit key maxResults, result key snapshots.</summary>
    public static IAsyncEnumerable<ClusterSnapshotInList> ListAllClusterSnapshots(IDocDbElasticClient client, ListClusterSnapshotsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        return Paginator.Follow(
            request,
            client.ListClusterSnapshotsAsync,
            response => response.Snapshots,
            response => response.NextToken,
            (previous, token) => previous with { NextToken = token },
            cancellationToken);
    }

    /// <summary>ListClusters: nextToken in and out, limit key maxResults, result key clusters.</summary>
    public static IAsyncEnumerable<ClusterInList> ListAllClusters(IDocDbElasticClient client, ListClustersRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        return Paginator.Follow(
            request,
            client.ListClustersAsync,
            response => response.Clusters,
            response => response.NextToken,
            (previous, token) => previous with { NextToken = token },
            cancellationToken);
    }
}
