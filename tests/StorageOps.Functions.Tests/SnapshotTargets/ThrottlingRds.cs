using System.Net;
using StorageOps.Aws.Rds;

namespace StorageOps.Functions.Tests.SnapshotTargets;

/// <summary>An RDS whose every describe answers <c>Throttling</c>, as RDS does when its API rate is exceeded.</summary>
internal sealed class ThrottlingRds : IRdsClient
{
    public Task<DescribeDBClusterSnapshotsResponse> DescribeDBClusterSnapshotsAsync(DescribeDBClusterSnapshotsRequest request, CancellationToken cancellationToken = default) => throw Throttling();

    public Task<DescribeDBClustersResponse> DescribeDBClustersAsync(DescribeDBClustersRequest request, CancellationToken cancellationToken = default) => throw Throttling();

    public Task<DBClusterSnapshot?> CreateDBClusterSnapshotAsync(CreateDBClusterSnapshotRequest request, CancellationToken cancellationToken = default) => throw Throttling();

    public Task<DBClusterSnapshot?> DeleteDBClusterSnapshotAsync(DeleteDBClusterSnapshotRequest request, CancellationToken cancellationToken = default) => throw Throttling();

    public Task<DBClusterSnapshot?> CopyDBClusterSnapshotAsync(CopyDBClusterSnapshotRequest request, CancellationToken cancellationToken = default) => throw Throttling();

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) => throw Throttling();

    public Task AddTagsToResourceAsync(AddTagsToResourceRequest request, CancellationToken cancellationToken = default) => throw Throttling();

    public Task RemoveTagsFromResourceAsync(RemoveTagsFromResourceRequest request, CancellationToken cancellationToken = default) => throw Throttling();

    private static RdsServiceException Throttling() => new("Rate exceeded", "Throttling", "request-1", HttpStatusCode.BadRequest);
}
