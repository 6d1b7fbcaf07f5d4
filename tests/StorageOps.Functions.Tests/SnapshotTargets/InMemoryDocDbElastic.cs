using System.Globalization;
using System.Net;
using StorageOps.Aws.DocDbElastic;
using StorageOps.Functions.Composition;

namespace StorageOps.Functions.Tests.SnapshotTargets;

/// <summary>
/// The DocumentDB Elastic clusters of one region behind <see cref="IDocDbElasticClient"/>, for discovery: ListClusters pages by
/// maxResults (1–100) and nextToken, ListTagsForResource answers per cluster ARN; every call is recorded.
/// </summary>
internal sealed class InMemoryDocDbElastic
{
    private readonly List<ClusterInList> clusters = [];
    private readonly Dictionary<string, Dictionary<string, string>> tags = new(StringComparer.Ordinal);

    public List<(string Operation, string? Argument)> Calls { get; } = [];

    /// <summary>Clusters whose ListTagsForResource answers ResourceNotFoundException (deleted after they were listed).</summary>
    public HashSet<string> DeletedAfterListing { get; } = new(StringComparer.Ordinal);

    /// <summary>How many more ListTagsForResource calls are answered before ThrottlingException (an empty token bucket); null = no limit.</summary>
    public int? TagReadsAllowed { get; set; }

    public RegionalClients<IDocDbElasticClient> Clients() =>
        new(InMemoryRds.Region, region => region == InMemoryRds.Region ? new Client(this) : throw new InvalidOperationException($"No DocumentDB Elastic in {region}."));

    public static string ClusterArn(string name) => $"arn:aws:docdb-elastic:{InMemoryRds.Region}:{InMemoryRds.AccountId}:cluster/{name}-uuid";

    public void AddCluster(string name, string status = "ACTIVE", params (string Key, string Value)[] clusterTags)
    {
        var arn = ClusterArn(name);
        clusters.Add(new ClusterInList(arn, name, status));
        tags[arn] = clusterTags.ToDictionary(tag => tag.Key, tag => tag.Value, StringComparer.Ordinal);
    }

    private sealed class Client(InMemoryDocDbElastic elastic) : IDocDbElasticClient
    {
        public Task<ListClustersResponse> ListClustersAsync(ListClustersRequest request, CancellationToken cancellationToken = default)
        {
            elastic.Calls.Add(("ListClusters", request.NextToken));
            var size = request.MaxResults ?? 100;
            if (size is < 1 or > 100)
            {
                throw new InvalidOperationException($"maxResults must be 1 to 100 (is {size}).");
            }

            var start = request.NextToken is null ? 0 : int.Parse(request.NextToken, CultureInfo.InvariantCulture);
            var page = elastic.clusters.Skip(start).Take(size).ToList();
            var next = start + size < elastic.clusters.Count ? (start + size).ToString(CultureInfo.InvariantCulture) : null;
            return Task.FromResult(new ListClustersResponse(page, next));
        }

        public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default)
        {
            elastic.Calls.Add(("ListTagsForResource", request.ResourceArn));
            if (elastic.TagReadsAllowed is { } allowed)
            {
                if (allowed == 0)
                {
                    throw new ThrottlingException("Rate exceeded", "request-1", HttpStatusCode.TooManyRequests);
                }

                elastic.TagReadsAllowed = allowed - 1;
            }

            if (elastic.DeletedAfterListing.Contains(request.ResourceArn) || !elastic.tags.TryGetValue(request.ResourceArn, out var clusterTags))
            {
                throw new ResourceNotFoundException($"{request.ResourceArn} not found", "request-1", HttpStatusCode.NotFound, request.ResourceArn, "cluster");
            }

            return Task.FromResult(new ListTagsForResourceResponse(clusterTags));
        }

        public Task<CopyClusterSnapshotResponse> CopyClusterSnapshotAsync(CopyClusterSnapshotRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

        public Task<GetClusterSnapshotResponse> GetClusterSnapshotAsync(GetClusterSnapshotRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

        public Task<ListClusterSnapshotsResponse> ListClusterSnapshotsAsync(ListClusterSnapshotsRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

        public Task<DeleteClusterSnapshotResponse> DeleteClusterSnapshotAsync(DeleteClusterSnapshotRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

        public Task<GetClusterResponse> GetClusterAsync(GetClusterRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

        public Task TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

        public Task UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

        private static NotSupportedException Unexpected() => new("Discovery only lists clusters and their tags.");
    }
}
