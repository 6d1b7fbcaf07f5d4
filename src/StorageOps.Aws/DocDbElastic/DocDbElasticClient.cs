using StorageOps.Aws.Protocol.RestJson;

namespace StorageOps.Aws.DocDbElastic;

/// <summary>
/// Amazon DocumentDB Elastic over restJson1 on AWSSDK.Core: credentials (default chain unless given), SigV4 for
/// <c>docdb-elastic</c>, standard retries, typed errors. <c>new DocDbElasticClient(new AwsClientSettings { Region = "us-east-1" })</c>.
/// </summary>
public sealed class DocDbElasticClient : IDocDbElasticClient, IDisposable
{
    private readonly RestJsonClient client;

    public DocDbElasticClient(AwsClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        client = new RestJsonClient(DocDbElasticService.Description, DocDbElasticService.Errors, settings);
    }

    public Task<CopyClusterSnapshotResponse> CopyClusterSnapshotAsync(CopyClusterSnapshotRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(DocDbElasticOperations.CopyClusterSnapshot, request, cancellationToken);

    public Task<GetClusterSnapshotResponse> GetClusterSnapshotAsync(GetClusterSnapshotRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(DocDbElasticOperations.GetClusterSnapshot, request, cancellationToken);

    public Task<ListClusterSnapshotsResponse> ListClusterSnapshotsAsync(ListClusterSnapshotsRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(DocDbElasticOperations.ListClusterSnapshots, request, cancellationToken);

    public IAsyncEnumerable<ClusterSnapshotInList> ListAllClusterSnapshotsAsync(ListClusterSnapshotsRequest request, CancellationToken cancellationToken = default) =>
        DocDbElasticPaginators.ListAllClusterSnapshots(this, request, cancellationToken);

    public Task<DeleteClusterSnapshotResponse> DeleteClusterSnapshotAsync(DeleteClusterSnapshotRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(DocDbElasticOperations.DeleteClusterSnapshot, request, cancellationToken);

    public Task<ListClustersResponse> ListClustersAsync(ListClustersRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(DocDbElasticOperations.ListClusters, request, cancellationToken);

    public IAsyncEnumerable<ClusterInList> ListAllClustersAsync(ListClustersRequest request, CancellationToken cancellationToken = default) =>
        DocDbElasticPaginators.ListAllClusters(this, request, cancellationToken);

    public Task<GetClusterResponse> GetClusterAsync(GetClusterRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(DocDbElasticOperations.GetCluster, request, cancellationToken);

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(DocDbElasticOperations.ListTagsForResource, request, cancellationToken);

    public Task TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(DocDbElasticOperations.TagResource, request, cancellationToken);

    public Task UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(DocDbElasticOperations.UntagResource, request, cancellationToken);

    public void Dispose() => client.Dispose();
}
