using System.Globalization;
using System.Net;
using StorageOps.Aws.DocDbElastic;

namespace StorageOps.Functions.Tests.ElasticSnapshots;

/// <summary>
/// DocumentDB Elastic cluster snapshots behind <see cref="IDocDbElasticClient"/>, for the nightly copy and retention logic.
/// Lists answer in pages of <see cref="PageSize"/>; every call is recorded (operation and ARN); any operation can be made
/// to fail next with a real service exception; tag reads can be scripted to change between a list and a delete.
/// </summary>
internal sealed class InMemoryDocDbElastic : IDocDbElasticClient
{
    public const string Region = "eu-west-1";
    public const string AccountId = "123456789012";

    private readonly List<Snapshot> snapshots = [];
    private readonly Dictionary<string, Queue<Exception>> failures = [];
    private readonly Dictionary<string, Queue<IReadOnlyDictionary<string, string>>> scriptedTags = [];
    private readonly Func<DateTimeOffset> now;
    private int created;

    public InMemoryDocDbElastic(Func<DateTimeOffset> now)
    {
        this.now = now;
    }

    public int PageSize { get; set; } = 2;

    /// <summary>"Operation arn-or-cluster", in call order.</summary>
    public List<string> Calls { get; } = [];

    public List<CopyClusterSnapshotRequest> CopyRequests { get; } = [];

    public IEnumerable<string> Operations => Calls.Select(call => call.Split(' ')[0]);

    public static string ClusterArn(string clusterId) => $"arn:aws:docdb-elastic:{Region}:{AccountId}:cluster/{clusterId}";

    public Snapshot Add(
        string clusterArn,
        string name,
        string type,
        DateTimeOffset createdAt,
        string status = "ACTIVE",
        string? kmsKeyId = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        IReadOnlyDictionary<string, string>? tags = null)
    {
        var snapshot = new Snapshot(
            $"arn:aws:docdb-elastic:{Region}:{AccountId}:cluster-snapshot/{++created:x8}",
            name,
            clusterArn,
            type,
            createdAt,
            kmsKeyId,
            new Dictionary<string, string>(tags ?? new Dictionary<string, string>(), StringComparer.Ordinal))
        {
            Status = status,
        };
        snapshots.Add(snapshot);
        return snapshot;
    }

    public Snapshot? Find(string name) => snapshots.FirstOrDefault(snapshot => string.Equals(snapshot.Name, name, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<Snapshot> All => snapshots;

    public void FailNext(string operation, Exception failure)
    {
        if (!failures.TryGetValue(operation, out var queue))
        {
            failures[operation] = queue = new Queue<Exception>();
        }

        queue.Enqueue(failure);
    }

    /// <summary>The next ListTagsForResource of <paramref name="arn"/> answers these tags (then the real ones again).</summary>
    public void AnswerTagsNext(string arn, IReadOnlyDictionary<string, string> tags)
    {
        if (!scriptedTags.TryGetValue(arn, out var queue))
        {
            scriptedTags[arn] = queue = new Queue<IReadOnlyDictionary<string, string>>();
        }

        queue.Enqueue(tags);
    }

    public static ThrottlingException Throttling() => new("Rate exceeded", "req-throttled", (HttpStatusCode)429);

    public Task<CopyClusterSnapshotResponse> CopyClusterSnapshotAsync(CopyClusterSnapshotRequest request, CancellationToken cancellationToken = default)
    {
        Record("CopyClusterSnapshot", request.SnapshotArn);
        CopyRequests.Add(request);
        var source = Require(request.SnapshotArn);
        if (Find(request.TargetSnapshotName) is { } taken)
        {
            throw new ConflictException($"Snapshot {taken.Name} already exists.", "req-conflict", HttpStatusCode.Conflict, taken.Arn, "snapshot");
        }

        if (request.KmsKeyId is not null && (source.KmsKeyId is null || source.KmsKeyId == "AWS_OWNED_KMS_KEY"))
        {
            throw new ValidationException("kmsKeyId cannot be specified for an unencrypted snapshot.", "req-invalid", HttpStatusCode.BadRequest, "fieldValidationFailed", [new ValidationExceptionField("kmsKeyId", "not allowed")]);
        }

        var tags = request.CopyTags == true ? new Dictionary<string, string>(source.Tags, StringComparer.Ordinal) : new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Tags ?? new Dictionary<string, string>())
        {
            tags[key] = value;
        }

        var copy = Add(source.ClusterArn, request.TargetSnapshotName.ToLowerInvariant(), "MANUAL", now(), "CREATING", request.KmsKeyId ?? source.KmsKeyId, tags);
        return Task.FromResult(new CopyClusterSnapshotResponse(copy.Describe()));
    }

    public Task<GetClusterSnapshotResponse> GetClusterSnapshotAsync(GetClusterSnapshotRequest request, CancellationToken cancellationToken = default)
    {
        Record("GetClusterSnapshot", request.SnapshotArn);
        return Task.FromResult(new GetClusterSnapshotResponse(Require(request.SnapshotArn).Describe()));
    }

    public Task<ListClusterSnapshotsResponse> ListClusterSnapshotsAsync(ListClusterSnapshotsRequest request, CancellationToken cancellationToken = default)
    {
        Record("ListClusterSnapshots", $"{request.ClusterArn} {request.SnapshotType} {request.NextToken}");
        var type = request.SnapshotType?.ToUpperInvariant();
        var matching = snapshots
            .Where(snapshot => request.ClusterArn is null || snapshot.ClusterArn == request.ClusterArn)
            .Where(snapshot => type is null || snapshot.Type == type)
            .ToList();
        var start = request.NextToken is { } token ? int.Parse(token, CultureInfo.InvariantCulture) : 0;
        var page = matching.Skip(start).Take(PageSize).Select(snapshot => snapshot.InList()).ToList();
        var next = start + PageSize < matching.Count ? (start + PageSize).ToString(CultureInfo.InvariantCulture) : null;
        return Task.FromResult(new ListClusterSnapshotsResponse(page, next));
    }

    public Task<DeleteClusterSnapshotResponse> DeleteClusterSnapshotAsync(DeleteClusterSnapshotRequest request, CancellationToken cancellationToken = default)
    {
        Record("DeleteClusterSnapshot", request.SnapshotArn);
        var snapshot = Require(request.SnapshotArn);
        if (snapshot.Type == "AUTOMATED")
        {
            throw new ValidationException("Automated snapshots cannot be deleted.", "req-invalid", HttpStatusCode.BadRequest, "other", []);
        }

        snapshots.Remove(snapshot);
        return Task.FromResult(new DeleteClusterSnapshotResponse(snapshot.Describe() with { Status = "DELETING" }));
    }

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default)
    {
        Record("ListTagsForResource", request.ResourceArn);
        if (scriptedTags.TryGetValue(request.ResourceArn, out var queue) && queue.TryDequeue(out var scripted))
        {
            return Task.FromResult(new ListTagsForResourceResponse(scripted));
        }

        return Task.FromResult(new ListTagsForResourceResponse(new Dictionary<string, string>(Require(request.ResourceArn).Tags)));
    }

    public Task<ListClustersResponse> ListClustersAsync(ListClustersRequest request, CancellationToken cancellationToken = default) => Unused<ListClustersResponse>();

    public Task<GetClusterResponse> GetClusterAsync(GetClusterRequest request, CancellationToken cancellationToken = default) => Unused<GetClusterResponse>();

    public Task TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) => Unused<object>();

    public Task UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) => Unused<object>();

    private static Task<T> Unused<T>() => throw new NotSupportedException("The nightly DocumentDB Elastic snapshots never call this operation.");

    private void Record(string operation, string? subject)
    {
        Calls.Add($"{operation} {subject}");
        if (failures.TryGetValue(operation, out var queue) && queue.TryDequeue(out var failure))
        {
            throw failure;
        }
    }

    private Snapshot Require(string arn) =>
        snapshots.FirstOrDefault(snapshot => snapshot.Arn == arn)
        ?? throw new ResourceNotFoundException($"Snapshot {arn} not found.", "req-missing", HttpStatusCode.NotFound, arn, "snapshot");

    internal sealed record Snapshot(string Arn, string Name, string ClusterArn, string Type, DateTimeOffset CreatedAt, string? KmsKeyId, Dictionary<string, string> Tags)
    {
        public required string Status { get; set; }

        public ClusterSnapshot Describe() => new()
        {
            SnapshotArn = Arn,
            SnapshotName = Name,
            ClusterArn = ClusterArn,
            Status = Status,
            SnapshotType = Type,
            SnapshotCreationTime = CreatedAt,
            KmsKeyId = KmsKeyId,
        };

        public ClusterSnapshotInList InList() => new()
        {
            SnapshotArn = Arn,
            SnapshotName = Name,
            ClusterArn = ClusterArn,
            Status = Status,
            SnapshotCreationTime = CreatedAt,
        };
    }
}
