using System.Globalization;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Kms;
using StorageOps.Simulator.Lifecycle;

namespace StorageOps.Simulator.DocDbElastic;

/// <summary>
/// All simulated Amazon DocumentDB Elastic state (clusters and cluster snapshots), per account and region. Every account and
/// region starts with the clusters of <see cref="SimulatorOptions.DocDbElasticFleet"/>. Thread-safe; the HTTP layer only translates.
/// </summary>
public sealed class DocDbElasticBackend
{
    private const string ClusterResourceType = "cluster";
    private const string SnapshotResourceType = "snapshot";

    private readonly Lock gate = new();
    private readonly Dictionary<AccountRegion, DocDbElasticRegionState> regions = [];
    private readonly TimeProvider timeProvider;
    private readonly KmsKeyring keyring;
    private readonly LifecycleTransition snapshotCopy;
    private readonly DocDbElasticFleetSeed fleet;
    private readonly ResourceFaults resourceFaults;

    public DocDbElasticBackend(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        timeProvider = options.TimeProvider;
        keyring = new KmsKeyring(options.KmsKeys);
        snapshotCopy = options.ElasticClusterSnapshotCopy;
        fleet = options.DocDbElasticFleet;
        resourceFaults = new ResourceFaults(options.Faults);
        DefaultScope = new AccountRegion(options.AccountId, options.DefaultRegion);
    }

    /// <summary>The simulator's account in its default region.</summary>
    public AccountRegion DefaultScope { get; }

    public ListClustersResult ListClusters(AccountRegion scope, int? maxResults = null, string? nextToken = null)
    {
        lock (gate)
        {
            var (page, token) = ElasticPageToken.Paginate(StateOf(scope).Clusters, cluster => cluster.Sequence, maxResults, minimum: 1, nextToken);
            return new ListClustersResult([.. page.Select(cluster => cluster.Describe())], token);
        }
    }

    public ElasticClusterDescription GetCluster(AccountRegion scope, string clusterArn)
    {
        ArgumentNullException.ThrowIfNull(clusterArn);
        lock (gate)
        {
            return FindCluster(scope, clusterArn).Describe();
        }
    }

    /// <summary>Gets a snapshot; counts as a describe towards describe-based transitions.</summary>
    public ElasticClusterSnapshotDescription GetClusterSnapshot(AccountRegion scope, string snapshotArn)
    {
        ArgumentNullException.ThrowIfNull(snapshotArn);
        lock (gate)
        {
            var snapshot = FindSnapshot(scope, snapshotArn);
            var now = timeProvider.GetUtcNow();
            if (resourceFaults.HidesNewResource(FaultRequestReader.DocDbElastic, "GetClusterSnapshot", now - snapshot.SnapshotCreationTime, snapshot.SnapshotArn, snapshot.SnapshotName))
            {
                throw DocDbElasticException.ResourceNotFound($"Snapshot '{snapshotArn}' does not exist.", snapshotArn, SnapshotResourceType);
            }

            snapshot.Observe(now, isDescribe: true);
            return snapshot.Describe();
        }
    }

    /// <summary>Lists snapshots in creation order; each listed snapshot counts as a describe.</summary>
    public ListClusterSnapshotsResult ListClusterSnapshots(AccountRegion scope, ListClusterSnapshotsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var snapshotType = request.SnapshotType?.ToUpperInvariant();
        if (snapshotType is not (null or ElasticSnapshotTypes.Manual or ElasticSnapshotTypes.Automated))
        {
            throw DocDbElasticException.Validation($"Invalid snapshotType '{request.SnapshotType}': it must be manual or automated.", "snapshotType");
        }

        lock (gate)
        {
            var now = timeProvider.GetUtcNow();
            var state = StateOf(scope);
            var snapshots = (request.ClusterArn is null ? state.Snapshots : state.SnapshotsOfCluster(request.ClusterArn))
                .Where(snapshot => snapshotType is null || snapshot.SnapshotType == snapshotType);
            var (page, token) = ElasticPageToken.Paginate(snapshots, snapshot => snapshot.Sequence, request.MaxResults, minimum: 20, request.NextToken);
            foreach (var snapshot in page)
            {
                snapshot.Observe(now, isDescribe: true);
            }

            return new ListClusterSnapshotsResult([.. page.Select(snapshot => snapshot.Describe())], token);
        }
    }

    /// <summary>Copies a snapshot of this region into a new MANUAL snapshot that is CREATING until the configured transition completes.</summary>
    public ElasticClusterSnapshotDescription CopyClusterSnapshot(AccountRegion scope, CopyClusterSnapshotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.SnapshotArn is null)
        {
            throw DocDbElasticException.Validation("snapshotArn is required.", "snapshotArn");
        }

        ElasticSnapshotNames.Validate("targetSnapshotName", request.TargetSnapshotName);
        ElasticTagKeys.Validate(request.Tags);
        lock (gate)
        {
            var state = StateOf(scope);
            var now = timeProvider.GetUtcNow();
            var source = FindSnapshot(scope, request.SnapshotArn);
            source.Observe(now, isDescribe: false);
            var name = request.TargetSnapshotName!.ToLowerInvariant();
            if (state.FindSnapshotByName(name) is { } taken)
            {
                throw DocDbElasticException.Conflict($"A snapshot named '{name}' already exists.", taken.SnapshotArn, SnapshotResourceType);
            }

            if (request.KmsKeyId is not null && !source.CustomerManagedEncryption)
            {
                throw DocDbElasticException.Validation(
                    "kmsKeyId cannot be specified when copying a snapshot that is not encrypted with a customer managed key.",
                    "kmsKeyId");
            }

            var kmsKeyArn = request.KmsKeyId is { } keyId
                ? keyring.ResolveKeyArn(scope, keyId) ?? throw DocDbElasticException.Validation($"The KMS key '{keyId}' does not exist or is not accessible.", "kmsKeyId")
                : source.KmsKeyId;
            if (request.KmsKeyId is { } requestedKey && !keyring.IsUsable(scope, requestedKey))
            {
                throw DocDbElasticException.Validation($"The KMS key '{requestedKey}' is disabled; enable it or choose another key.", "kmsKeyId");
            }
            if (source.IsCreating)
            {
                throw DocDbElasticException.Conflict($"Snapshot '{source.SnapshotName}' is not ACTIVE yet.", source.SnapshotArn, SnapshotResourceType);
            }

            var tags = request.CopyTags == true ? new Dictionary<string, string>(source.Tags, StringComparer.Ordinal) : new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in request.Tags ?? new Dictionary<string, string>())
            {
                tags[key] = value;
            }

            var copyArn = NewSnapshotArn(scope);
            var copy = new ElasticClusterSnapshot
            {
                Sequence = state.TakeSequence(),
                SnapshotArn = copyArn,
                SnapshotName = name,
                SnapshotType = ElasticSnapshotTypes.Manual,
                SnapshotCreationTime = now,
                Cluster = source.Cluster,
                KmsKeyId = kmsKeyArn,
                CustomerManagedEncryption = source.CustomerManagedEncryption || request.KmsKeyId is not null,
                Tags = tags,
                Creation = new ResourceLifecycle(snapshotCopy, now),
                Status = ElasticStatuses.Creating,
                ForcedStatus = resourceFaults.ForcedStateOf(FaultRequestReader.DocDbElastic, copyArn, name),
            };
            state.Add(copy);
            return copy.Describe();
        }
    }

    /// <summary>Deletes an ACTIVE manual snapshot; the response shows it DELETING and it is gone at once.</summary>
    public ElasticClusterSnapshotDescription DeleteClusterSnapshot(AccountRegion scope, string snapshotArn)
    {
        ArgumentNullException.ThrowIfNull(snapshotArn);
        lock (gate)
        {
            var snapshot = FindSnapshot(scope, snapshotArn);
            snapshot.Observe(timeProvider.GetUtcNow(), isDescribe: false);
            if (snapshot.SnapshotType == ElasticSnapshotTypes.Automated)
            {
                throw DocDbElasticException.Validation($"Automated snapshot '{snapshot.SnapshotName}' cannot be deleted.", "snapshotArn");
            }

            if (snapshot.IsCreating)
            {
                throw DocDbElasticException.Conflict($"Snapshot '{snapshot.SnapshotName}' is {snapshot.Status} and cannot be deleted yet.", snapshot.SnapshotArn, SnapshotResourceType);
            }

            StateOf(scope).Remove(snapshot);
            return snapshot.Describe(ElasticStatuses.Deleting);
        }
    }

    public IReadOnlyDictionary<string, string> ListTagsForResource(AccountRegion scope, string resourceArn)
    {
        lock (gate)
        {
            return new Dictionary<string, string>(TagsOf(scope, resourceArn), StringComparer.Ordinal);
        }
    }

    public void TagResource(AccountRegion scope, string resourceArn, IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ElasticTagKeys.Validate(tags);

        lock (gate)
        {
            var existing = TagsOf(scope, resourceArn);
            foreach (var (key, value) in tags)
            {
                existing[key] = value;
            }
        }
    }

    public void UntagResource(AccountRegion scope, string resourceArn, IReadOnlyList<string> tagKeys)
    {
        ArgumentNullException.ThrowIfNull(tagKeys);
        lock (gate)
        {
            var existing = TagsOf(scope, resourceArn);
            foreach (var key in tagKeys)
            {
                existing.Remove(key);
            }
        }
    }

    /// <summary>Every snapshot of <paramref name="scope"/> as it is now, for tests; does not count as a describe.</summary>
    public IReadOnlyList<ElasticClusterSnapshotDescription> PeekClusterSnapshots(AccountRegion scope)
    {
        lock (gate)
        {
            var now = timeProvider.GetUtcNow();
            return
            [
                .. StateOf(scope).Snapshots.Select(snapshot =>
                {
                    snapshot.Observe(now, isDescribe: false);
                    return snapshot.Describe();
                }),
            ];
        }
    }

    private static string NewSnapshotArn(AccountRegion scope) =>
        $"arn:aws:docdb-elastic:{scope.Region}:{scope.AccountId}:cluster-snapshot/{Guid.NewGuid():N}";

    private ElasticCluster FindCluster(AccountRegion scope, string clusterArn) =>
        StateOf(RegionOf(clusterArn, scope)).FindCluster(clusterArn)
        ?? throw DocDbElasticException.ResourceNotFound($"Cluster '{clusterArn}' does not exist.", clusterArn, ClusterResourceType);

    private ElasticClusterSnapshot FindSnapshot(AccountRegion scope, string snapshotArn) =>
        StateOf(RegionOf(snapshotArn, scope)).FindSnapshot(snapshotArn)
        ?? throw DocDbElasticException.ResourceNotFound($"Snapshot '{snapshotArn}' does not exist.", snapshotArn, SnapshotResourceType);

    private Dictionary<string, string> TagsOf(AccountRegion scope, string resourceArn)
    {
        ArgumentNullException.ThrowIfNull(resourceArn);
        var state = StateOf(RegionOf(resourceArn, scope));
        if (state.FindCluster(resourceArn) is { } cluster)
        {
            return cluster.Tags;
        }

        if (state.FindSnapshot(resourceArn) is { } snapshot)
        {
            return snapshot.Tags;
        }

        throw DocDbElasticException.ResourceNotFound($"Resource '{resourceArn}' does not exist.", resourceArn, resourceArn.Contains(":cluster-snapshot/", StringComparison.Ordinal) ? SnapshotResourceType : ClusterResourceType);
    }

    /// <summary>The account and region an ARN names, so an ARN of another region is looked up where it lives.</summary>
    private static AccountRegion RegionOf(string arn, AccountRegion scope) =>
        arn.Split(':', 6) is ["arn", "aws", "docdb-elastic", var region, var account, _] && region.Length > 0 && account.Length > 0
            ? new AccountRegion(account, region)
            : scope;

    private DocDbElasticRegionState StateOf(AccountRegion scope)
    {
        if (!regions.TryGetValue(scope, out var state))
        {
            state = new DocDbElasticRegionState();
            regions.Add(scope, state);
            Seed(scope, state);
        }

        return state;
    }

    private void Seed(AccountRegion scope, DocDbElasticRegionState state)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var seed in fleet.Clusters.Where(candidate => candidate.IsSeededInto(scope)))
        {
            var clusterId = Guid.NewGuid().ToString("N");
            var cluster = new ElasticCluster
            {
                Sequence = state.TakeSequence(),
                ClusterArn = $"arn:aws:docdb-elastic:{scope.Region}:{scope.AccountId}:cluster/{clusterId}",
                ClusterName = seed.ClusterName,
                AdminUserName = seed.AdminUserName,
                KmsKeyId = seed.CustomerManagedEncryption ? $"arn:aws:kms:{scope.Region}:{scope.AccountId}:key/{Guid.NewGuid()}" : "AWS_OWNED_KMS_KEY",
                CustomerManagedEncryption = seed.CustomerManagedEncryption,
                ShardCapacity = seed.ShardCapacity,
                ShardCount = seed.ShardCount,
                CreateTime = now - seed.Age,
                ClusterEndpoint = $"{seed.ClusterName}-{scope.AccountId}.{scope.Region}.docdb-elastic.amazonaws.com",
                ShardIds = [.. Enumerable.Range(0, seed.ShardCount).Select(_ => Guid.NewGuid().ToString("N")[..12])],
                SubnetIds = [$"subnet-{clusterId[..17]}"],
                VpcSecurityGroupIds = [$"sg-{clusterId[15..]}"],
                Tags = new Dictionary<string, string>(seed.Tags, StringComparer.Ordinal),
            };
            state.Add(cluster);
            for (var daysAgo = seed.AutomatedSnapshotCount; daysAgo >= 1; daysAgo--)
            {
                var takenAt = now.AddDays(-daysAgo);
                state.Add(new ElasticClusterSnapshot
                {
                    Sequence = state.TakeSequence(),
                    SnapshotArn = NewSnapshotArn(scope),
                    SnapshotName = string.Create(CultureInfo.InvariantCulture, $"{seed.ClusterName}-automated-{takenAt:yyyy-MM-dd-HH-mm}"),
                    SnapshotType = ElasticSnapshotTypes.Automated,
                    SnapshotCreationTime = takenAt,
                    Cluster = cluster,
                    KmsKeyId = cluster.KmsKeyId,
                    CustomerManagedEncryption = cluster.CustomerManagedEncryption,
                    Tags = new Dictionary<string, string>(StringComparer.Ordinal),
                    Status = ElasticStatuses.Active,
                });
            }
        }
    }
}
