namespace StorageOps.Aws.Rds;

/// <summary>Amazon RDS (Aurora) DB cluster and snapshot operations, as the workflows call them. Implemented on the wire by <see cref="RdsClient"/>.</summary>
public interface IRdsClient
{
    /// <exception cref="DBClusterSnapshotAlreadyExistsException">A snapshot with this identifier exists.</exception>
    /// <exception cref="DBClusterNotFoundException">No such DB cluster.</exception>
    /// <exception cref="InvalidDBClusterStateException">The cluster cannot be snapshotted now (e.g. it is not available).</exception>
    /// <exception cref="SnapshotQuotaExceededException">The account's manual snapshot quota is reached.</exception>
    Task<DBClusterSnapshot?> CreateDBClusterSnapshotAsync(CreateDBClusterSnapshotRequest request, CancellationToken cancellationToken = default);

    /// <exception cref="DBClusterSnapshotNotFoundException">A snapshot identifier was given and no such snapshot exists.</exception>
    Task<DescribeDBClusterSnapshotsResponse> DescribeDBClusterSnapshotsAsync(DescribeDBClusterSnapshotsRequest request, CancellationToken cancellationToken = default);

    /// <exception cref="DBClusterSnapshotNotFoundException">No such snapshot.</exception>
    /// <exception cref="InvalidDBClusterSnapshotStateException">The snapshot is not <c>available</c>.</exception>
    Task<DBClusterSnapshot?> DeleteDBClusterSnapshotAsync(DeleteDBClusterSnapshotRequest request, CancellationToken cancellationToken = default);

    /// <exception cref="DBClusterSnapshotAlreadyExistsException">The target identifier is taken.</exception>
    /// <exception cref="DBClusterSnapshotNotFoundException">No such source snapshot.</exception>
    /// <exception cref="KMSKeyNotAccessibleException">The KMS key cannot be used.</exception>
    Task<DBClusterSnapshot?> CopyDBClusterSnapshotAsync(CopyDBClusterSnapshotRequest request, CancellationToken cancellationToken = default);

    /// <exception cref="DBClusterNotFoundException">A cluster identifier was given and no such cluster exists.</exception>
    Task<DescribeDBClustersResponse> DescribeDBClustersAsync(DescribeDBClustersRequest request, CancellationToken cancellationToken = default);

    /// <exception cref="DBClusterNotFoundException">The ARN names a DB cluster that does not exist.</exception>
    Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default);

    /// <exception cref="DBClusterNotFoundException">The ARN names a DB cluster that does not exist.</exception>
    Task AddTagsToResourceAsync(AddTagsToResourceRequest request, CancellationToken cancellationToken = default);

    /// <exception cref="DBClusterNotFoundException">The ARN names a DB cluster that does not exist.</exception>
    Task RemoveTagsFromResourceAsync(RemoveTagsFromResourceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Every DB cluster snapshot matching <paramref name="request"/>, following Marker until the last page.</summary>
    /// <remarks>Implemented once over <see cref="DescribeDBClusterSnapshotsAsync"/>, so test doubles get it for free.</remarks>
    IAsyncEnumerable<DBClusterSnapshot> DescribeAllDBClusterSnapshotsAsync(DescribeDBClusterSnapshotsRequest request, CancellationToken cancellationToken = default) =>
        RdsPaginators.DescribeAllDBClusterSnapshots(this, request, cancellationToken);

    /// <summary>Every DB cluster matching <paramref name="request"/>, following Marker until the last page.</summary>
    /// <remarks>Implemented once over <see cref="DescribeDBClustersAsync"/>, so test doubles get it for free.</remarks>
    IAsyncEnumerable<DBCluster> DescribeAllDBClustersAsync(DescribeDBClustersRequest request, CancellationToken cancellationToken = default) =>
        RdsPaginators.DescribeAllDBClusters(this, request, cancellationToken);
}
