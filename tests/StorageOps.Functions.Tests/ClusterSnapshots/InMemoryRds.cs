using System.Globalization;
using System.Net;
using StorageOps.Aws.Rds;

namespace StorageOps.Functions.Tests.ClusterSnapshots;

/// <summary>
/// Aurora/RDS of one region behind <see cref="IRdsClient"/>, for the cluster-snapshot logic: clusters with their status and
/// tags, manual and automated cluster snapshots, the manual snapshot quota and Marker paging, failing as RDS does with the
/// client's own exception types. Every call is recorded as "Operation argument".
/// </summary>
internal sealed class InMemoryRds : IRdsClient
{
    public const string Region = "eu-west-1";
    public const string AccountId = "123456789012";

    private readonly TimeProvider time;
    private readonly Dictionary<string, DBCluster> clusters = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<DBClusterSnapshot> snapshots = [];
    private readonly Dictionary<string, Queue<Exception>> failures = new(StringComparer.Ordinal);

    public InMemoryRds(TimeProvider time) => this.time = time;

    public List<string> Calls { get; } = [];

    /// <summary>Manual cluster snapshots the region may hold (RDS: 100 by default).</summary>
    public int ManualSnapshotQuota { get; set; } = 100;

    /// <summary>The largest page DescribeDBClusterSnapshots returns, whatever MaxRecords asks (RDS: 100).</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Runs after each call has been served, with the call's record: lets a test change things between two calls.</summary>
    public Action<string>? AfterCall { get; set; }

    public static string ClusterArn(string cluster) => $"arn:aws:rds:{Region}:{AccountId}:cluster:{cluster}";

    public static string SnapshotArn(string snapshot) => $"arn:aws:rds:{Region}:{AccountId}:cluster-snapshot:{snapshot}";

    public static RdsServiceException Throttling() => new("Rate exceeded", "Throttling", "req-throttle", HttpStatusCode.BadRequest);

    public DBCluster AddCluster(string identifier, string status = "available", params Tag[] tags)
    {
        var cluster = new DBCluster { DBClusterIdentifier = identifier, DBClusterArn = ClusterArn(identifier), Status = status, Engine = "aurora-postgresql", TagList = tags };
        clusters[identifier] = cluster;
        return cluster;
    }

    public void SetClusterStatus(string identifier, string status) => clusters[identifier] = clusters[identifier] with { Status = status };

    public DBClusterSnapshot AddSnapshot(string identifier, string cluster, DateTimeOffset createdAt, string status = "available", string type = "manual", params Tag[] tags)
    {
        var snapshot = new DBClusterSnapshot
        {
            DBClusterSnapshotIdentifier = identifier,
            DBClusterSnapshotArn = SnapshotArn(identifier),
            DBClusterIdentifier = cluster,
            Status = status,
            SnapshotType = type,
            SnapshotCreateTime = createdAt,
            PercentProgress = status == "available" ? 100 : 0,
            TagList = tags,
        };
        snapshots.Add(snapshot);
        return snapshot;
    }

    public DBClusterSnapshot? Snapshot(string identifier) => snapshots.FirstOrDefault(snapshot => Is(snapshot, identifier));

    public IReadOnlyList<DBClusterSnapshot> Snapshots => snapshots;

    public void SetSnapshot(string identifier, string status, int? percentProgress = null) => Replace(identifier, snapshot => snapshot with { Status = status, PercentProgress = percentProgress ?? snapshot.PercentProgress });

    public void SetSnapshotTags(string identifier, params Tag[] tags) => Replace(identifier, snapshot => snapshot with { TagList = tags });

    public void RemoveSnapshot(string identifier) => snapshots.RemoveAll(snapshot => Is(snapshot, identifier));

    /// <summary>The next call of <paramref name="operation"/> throws <paramref name="failure"/> instead of being served (queued: one per call).</summary>
    public void FailNext(string operation, Exception failure)
    {
        if (!failures.TryGetValue(operation, out var queue))
        {
            failures[operation] = queue = new Queue<Exception>();
        }

        queue.Enqueue(failure);
    }

    public int CallsOf(string operation) => Calls.Count(call => call == operation || call.StartsWith(operation + " ", StringComparison.Ordinal));

    public Task<DBClusterSnapshot?> CreateDBClusterSnapshotAsync(CreateDBClusterSnapshotRequest request, CancellationToken cancellationToken = default) =>
        Serve("CreateDBClusterSnapshot", request.DBClusterSnapshotIdentifier, () =>
        {
            var cluster = FindCluster(request.DBClusterIdentifier);
            if (Snapshot(request.DBClusterSnapshotIdentifier) is not null)
            {
                throw new DBClusterSnapshotAlreadyExistsException($"Cannot create the snapshot because a snapshot with the identifier {request.DBClusterSnapshotIdentifier} already exists.", "req", HttpStatusCode.BadRequest);
            }

            if (cluster.Status != "available")
            {
                throw new InvalidDBClusterStateException($"DBCluster {cluster.DBClusterIdentifier} is not in the available state (it is {cluster.Status}).", "req", HttpStatusCode.BadRequest);
            }

            if (snapshots.Count(snapshot => snapshot.SnapshotType == "manual") >= ManualSnapshotQuota)
            {
                throw new SnapshotQuotaExceededException(string.Create(CultureInfo.InvariantCulture, $"Cannot create more than {ManualSnapshotQuota} manual snapshots"), "req", HttpStatusCode.BadRequest);
            }

            var created = AddSnapshot(request.DBClusterSnapshotIdentifier.ToLowerInvariant(), cluster.DBClusterIdentifier!, time.GetUtcNow(), "creating", "manual", [.. request.Tags ?? []]);
            return (DBClusterSnapshot?)created;
        });

    public Task<DescribeDBClusterSnapshotsResponse> DescribeDBClusterSnapshotsAsync(DescribeDBClusterSnapshotsRequest request, CancellationToken cancellationToken = default) =>
        Serve("DescribeDBClusterSnapshots", request.DBClusterSnapshotIdentifier ?? $"cluster={request.DBClusterIdentifier} type={request.SnapshotType} marker={request.Marker}", () =>
        {
            if (request.DBClusterIdentifier is not null && request.DBClusterSnapshotIdentifier is not null)
            {
                throw new RdsServiceException("DBClusterIdentifier and DBClusterSnapshotIdentifier exclude each other", "InvalidParameterCombination", "req", HttpStatusCode.BadRequest);
            }

            IEnumerable<DBClusterSnapshot> matching = snapshots;
            if (request.DBClusterSnapshotIdentifier is { } identifier)
            {
                matching = [Snapshot(identifier) ?? throw new DBClusterSnapshotNotFoundException($"DBClusterSnapshot {identifier} not found.", "req", HttpStatusCode.NotFound)];
            }

            if (request.DBClusterIdentifier is { } cluster)
            {
                matching = matching.Where(snapshot => string.Equals(snapshot.DBClusterIdentifier, cluster, StringComparison.OrdinalIgnoreCase));
            }

            if (request.SnapshotType is { } type)
            {
                matching = matching.Where(snapshot => snapshot.SnapshotType == type);
            }

            var start = request.Marker is { } marker ? int.Parse(marker, CultureInfo.InvariantCulture) : 0;
            var size = Math.Min(PageSize, request.MaxRecords ?? 100);
            var all = matching.ToList();
            var page = all.Skip(start).Take(size).ToList();
            var next = start + size < all.Count ? (start + size).ToString(CultureInfo.InvariantCulture) : null;
            return new DescribeDBClusterSnapshotsResponse(page, next);
        });

    public Task<DBClusterSnapshot?> DeleteDBClusterSnapshotAsync(DeleteDBClusterSnapshotRequest request, CancellationToken cancellationToken = default) =>
        Serve("DeleteDBClusterSnapshot", request.DBClusterSnapshotIdentifier, () =>
        {
            var snapshot = Snapshot(request.DBClusterSnapshotIdentifier)
                ?? throw new DBClusterSnapshotNotFoundException($"DBClusterSnapshot {request.DBClusterSnapshotIdentifier} not found.", "req", HttpStatusCode.NotFound);
            if (snapshot.SnapshotType != "manual" || snapshot.Status != "available")
            {
                throw new InvalidDBClusterSnapshotStateException($"Cannot delete the snapshot {snapshot.DBClusterSnapshotIdentifier} because it is {snapshot.SnapshotType} and {snapshot.Status}.", "req", HttpStatusCode.BadRequest);
            }

            snapshots.Remove(snapshot);
            return (DBClusterSnapshot?)(snapshot with { Status = "deleted" });
        });

    public Task<DescribeDBClustersResponse> DescribeDBClustersAsync(DescribeDBClustersRequest request, CancellationToken cancellationToken = default) =>
        Serve("DescribeDBClusters", request.DBClusterIdentifier ?? "(all)", () =>
            new DescribeDBClustersResponse(request.DBClusterIdentifier is { } identifier ? [FindCluster(identifier)] : [.. clusters.Values], null));

    public Task<DBClusterSnapshot?> CopyDBClusterSnapshotAsync(CopyDBClusterSnapshotRequest request, CancellationToken cancellationToken = default) => Unused<DBClusterSnapshot?>();

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) => Unused<ListTagsForResourceResponse>();

    public Task AddTagsToResourceAsync(AddTagsToResourceRequest request, CancellationToken cancellationToken = default) => Unused<object>();

    public Task RemoveTagsFromResourceAsync(RemoveTagsFromResourceRequest request, CancellationToken cancellationToken = default) => Unused<object>();

    private static Task<T> Unused<T>() => throw new NotSupportedException("The cluster-snapshot handlers do not call this operation.");

    private static bool Is(DBClusterSnapshot snapshot, string identifierOrArn) =>
        string.Equals(snapshot.DBClusterSnapshotIdentifier, identifierOrArn, StringComparison.OrdinalIgnoreCase)
        || string.Equals(snapshot.DBClusterSnapshotArn, identifierOrArn, StringComparison.Ordinal);

    private DBCluster FindCluster(string identifier) =>
        clusters.GetValueOrDefault(identifier) ?? throw new DBClusterNotFoundException($"DBCluster {identifier} not found.", "req", HttpStatusCode.NotFound);

    private void Replace(string identifier, Func<DBClusterSnapshot, DBClusterSnapshot> change)
    {
        var index = snapshots.FindIndex(snapshot => Is(snapshot, identifier));
        snapshots[index] = change(snapshots[index]);
    }

    private Task<T> Serve<T>(string operation, string argument, Func<T> serve)
    {
        var call = $"{operation} {argument}";
        Calls.Add(call);
        if (failures.TryGetValue(operation, out var queue) && queue.TryDequeue(out var failure))
        {
            return Task.FromException<T>(failure);
        }

        try
        {
            return Task.FromResult(serve());
        }
        catch (RdsServiceException refused)
        {
            return Task.FromException<T>(refused);
        }
        finally
        {
            AfterCall?.Invoke(call);
        }
    }
}
