using StorageOps.Aws.Protocol.AwsQuery;

namespace StorageOps.Aws.Rds;

/// <summary>
/// Amazon RDS over awsQuery on AWSSDK.Core: credentials (default chain unless given), SigV4, standard retries,
/// clock skew correction, typed errors. <c>new RdsClient(new AwsClientSettings { Region = "us-east-1" })</c>.
/// </summary>
public sealed class RdsClient : IRdsClient, IDisposable
{
    private readonly AwsQueryClient client;

    public RdsClient(AwsClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        client = new AwsQueryClient(RdsService.Description, RdsService.Errors, settings);
    }

    public Task<DBClusterSnapshot?> CreateDBClusterSnapshotAsync(CreateDBClusterSnapshotRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(RdsOperations.CreateDBClusterSnapshot, request, cancellationToken);

    public Task<DescribeDBClusterSnapshotsResponse> DescribeDBClusterSnapshotsAsync(DescribeDBClusterSnapshotsRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(RdsOperations.DescribeDBClusterSnapshots, request, cancellationToken);

    public Task<DBClusterSnapshot?> DeleteDBClusterSnapshotAsync(DeleteDBClusterSnapshotRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(RdsOperations.DeleteDBClusterSnapshot, request, cancellationToken);

    public Task<DBClusterSnapshot?> CopyDBClusterSnapshotAsync(CopyDBClusterSnapshotRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(RdsOperations.CopyDBClusterSnapshot, request, cancellationToken);

    public Task<DescribeDBClustersResponse> DescribeDBClustersAsync(DescribeDBClustersRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(RdsOperations.DescribeDBClusters, request, cancellationToken);

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(RdsOperations.ListTagsForResource, request, cancellationToken);

    public Task AddTagsToResourceAsync(AddTagsToResourceRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(RdsOperations.AddTagsToResource, request, cancellationToken);

    public Task RemoveTagsFromResourceAsync(RemoveTagsFromResourceRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(RdsOperations.RemoveTagsFromResource, request, cancellationToken);

    public IAsyncEnumerable<DBClusterSnapshot> DescribeAllDBClusterSnapshotsAsync(DescribeDBClusterSnapshotsRequest request, CancellationToken cancellationToken = default) =>
        RdsPaginators.DescribeAllDBClusterSnapshots(this, request, cancellationToken);

    public IAsyncEnumerable<DBCluster> DescribeAllDBClustersAsync(DescribeDBClustersRequest request, CancellationToken cancellationToken = default) =>
        RdsPaginators.DescribeAllDBClusters(this, request, cancellationToken);

    public void Dispose() => client.Dispose();
}
