using StorageOps.Aws.Protocol;

namespace StorageOps.Aws.Rds;

/// <summary>The paginators of botocore's <c>paginators-1.json</c> for RDS: input token Marker, output token Marker, limit MaxRecords.</summary>
internal static class RdsPaginators
{
    public static IAsyncEnumerable<DBClusterSnapshot> DescribeAllDBClusterSnapshots(IRdsClient client, DescribeDBClusterSnapshotsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        return Paginator.Follow(
            request,
            client.DescribeDBClusterSnapshotsAsync,
            response => response.DBClusterSnapshots,
            response => response.Marker,
            (previous, marker) => previous with { Marker = marker },
            cancellationToken);
    }

    public static IAsyncEnumerable<DBCluster> DescribeAllDBClusters(IRdsClient client, DescribeDBClustersRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        return Paginator.Follow(
            request,
            client.DescribeDBClustersAsync,
            response => response.DBClusters,
            response => response.Marker,
            (previous, marker) => previous with { Marker = marker },
            cancellationToken);
    }
}
