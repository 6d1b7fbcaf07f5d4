using System.Globalization;
using StorageOps.Aws.Rds;
using StorageOps.Functions.Composition;

namespace StorageOps.Functions.Tests.SnapshotTargets;

/// <summary>
/// The RDS DB clusters and cluster snapshots of one region behind <see cref="IRdsClient"/>, for discovery and the quota count:
/// Describe* page by MaxRecords (20–100, as RDS) and Marker; every call is recorded with its MaxRecords.
/// </summary>
internal sealed class InMemoryRds
{
    public const string Region = "eu-west-1";
    public const string AccountId = "123456789012";

    private readonly List<DBCluster> clusters = [];
    private readonly List<DBClusterSnapshot> snapshots = [];

    public List<(string Operation, int? MaxRecords, string? Marker)> Calls { get; } = [];

    /// <summary>How many more DescribeDBClusters calls are answered before Throttling (an empty token bucket); null = no limit.</summary>
    public int? DescribesAllowed { get; set; }

    public RegionalClients<IRdsClient> Clients() => new(Region, region => region == Region ? new Client(this) : throw new InvalidOperationException($"No RDS in {region}."));

    public static string ClusterArn(string identifier) => $"arn:aws:rds:{Region}:{AccountId}:cluster:{identifier}";

    public DBCluster AddCluster(string identifier, string engine = "aurora-postgresql", string status = "available", params Tag[] tags)
    {
        var cluster = new DBCluster { DBClusterIdentifier = identifier, DBClusterArn = ClusterArn(identifier), Engine = engine, Status = status, TagList = tags };
        clusters.Add(cluster);
        return cluster;
    }

    public void AddSnapshot(string identifier, string cluster, string snapshotType = "manual") =>
        snapshots.Add(new DBClusterSnapshot
        {
            DBClusterSnapshotIdentifier = identifier,
            DBClusterIdentifier = cluster,
            SnapshotType = snapshotType,
            Status = "available",
            SnapshotCreateTime = DateTimeOffset.Parse("2026-11-01T03:00:00Z", CultureInfo.InvariantCulture),
        });

    private static (List<T> Page, string? Marker) Page<T>(List<T> items, int? maxRecords, string? marker)
    {
        var size = maxRecords ?? 100;
        if (size is < 20 or > 100)
        {
            throw new InvalidOperationException($"MaxRecords must be 20 to 100 (is {size}).");
        }

        var start = marker is null ? 0 : int.Parse(marker, CultureInfo.InvariantCulture);
        var page = items.Skip(start).Take(size).ToList();
        return (page, start + size < items.Count ? (start + size).ToString(CultureInfo.InvariantCulture) : null);
    }

    private sealed class Client(InMemoryRds rds) : IRdsClient
    {
        public Task<DescribeDBClustersResponse> DescribeDBClustersAsync(DescribeDBClustersRequest request, CancellationToken cancellationToken = default)
        {
            rds.Calls.Add(("DescribeDBClusters", request.MaxRecords, request.Marker));
            if (rds.DescribesAllowed is { } allowed)
            {
                if (allowed <= 0)
                {
                    throw new RdsServiceException("Rate exceeded", "Throttling", "request-1", System.Net.HttpStatusCode.BadRequest);
                }

                rds.DescribesAllowed = allowed - 1;
            }

            var (page, marker) = Page(rds.clusters, request.MaxRecords, request.Marker);
            return Task.FromResult(new DescribeDBClustersResponse(page, marker));
        }

        public Task<DescribeDBClusterSnapshotsResponse> DescribeDBClusterSnapshotsAsync(DescribeDBClusterSnapshotsRequest request, CancellationToken cancellationToken = default)
        {
            rds.Calls.Add(("DescribeDBClusterSnapshots", request.MaxRecords, request.Marker));
            var matching = rds.snapshots
                .Where(snapshot => request.SnapshotType is null || snapshot.SnapshotType == request.SnapshotType)
                .Where(snapshot => request.DBClusterIdentifier is null || snapshot.DBClusterIdentifier == request.DBClusterIdentifier)
                .ToList();
            var (page, marker) = Page(matching, request.MaxRecords, request.Marker);
            return Task.FromResult(new DescribeDBClusterSnapshotsResponse(page, marker));
        }

        public Task<DBClusterSnapshot?> CreateDBClusterSnapshotAsync(CreateDBClusterSnapshotRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

        public Task<DBClusterSnapshot?> DeleteDBClusterSnapshotAsync(DeleteDBClusterSnapshotRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

        public Task<DBClusterSnapshot?> CopyDBClusterSnapshotAsync(CopyDBClusterSnapshotRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

        public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

        public Task AddTagsToResourceAsync(AddTagsToResourceRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

        public Task RemoveTagsFromResourceAsync(RemoveTagsFromResourceRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

        private static NotSupportedException Unexpected() => new("Discovery and the quota count only describe.");
    }
}
