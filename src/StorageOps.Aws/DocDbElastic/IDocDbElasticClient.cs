namespace StorageOps.Aws.DocDbElastic;

/// <summary>
/// Amazon DocumentDB Elastic operations, as the workflows call them. Implemented on the wire by <see cref="DocDbElasticClient"/>;
/// the paginators are implemented once over their page operations, so test doubles get them for free.
/// </summary>
public interface IDocDbElasticClient
{
    /// <exception cref="ConflictException">A snapshot with the target name already exists (or the source is busy).</exception>
    /// <exception cref="ResourceNotFoundException">The source snapshot does not exist.</exception>
    Task<CopyClusterSnapshotResponse> CopyClusterSnapshotAsync(CopyClusterSnapshotRequest request, CancellationToken cancellationToken = default);

    /// <exception cref="ResourceNotFoundException">The snapshot does not exist.</exception>
    Task<GetClusterSnapshotResponse> GetClusterSnapshotAsync(GetClusterSnapshotRequest request, CancellationToken cancellationToken = default);

    Task<ListClusterSnapshotsResponse> ListClusterSnapshotsAsync(ListClusterSnapshotsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Every snapshot matching <paramref name="request"/>, following nextToken until the last page.</summary>
    IAsyncEnumerable<ClusterSnapshotInList> ListAllClusterSnapshotsAsync(ListClusterSnapshotsRequest request, CancellationToken cancellationToken = default) =>
        DocDbElasticPaginators.ListAllClusterSnapshots(this, request, cancellationToken);

    /// <exception cref="ResourceNotFoundException">The snapshot does not exist.</exception>
    Task<DeleteClusterSnapshotResponse> DeleteClusterSnapshotAsync(DeleteClusterSnapshotRequest request, CancellationToken cancellationToken = default);

    Task<ListClustersResponse> ListClustersAsync(ListClustersRequest request, CancellationToken cancellationToken = default);

    /// <summary>Every cluster, following nextToken until the last page.</summary>
    IAsyncEnumerable<ClusterInList> ListAllClustersAsync(ListClustersRequest request, CancellationToken cancellationToken = default) =>
        DocDbElasticPaginators.ListAllClusters(this, request, cancellationToken);

    /// <exception cref="ResourceNotFoundException">The cluster does not exist.</exception>
    Task<GetClusterResponse> GetClusterAsync(GetClusterRequest request, CancellationToken cancellationToken = default);

    Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default);

    Task TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default);

    /// <exception cref="ResourceNotFoundException">The cluster or snapshot does not exist.</exception>
    Task UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default);
}
