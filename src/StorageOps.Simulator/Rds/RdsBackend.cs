using System.Globalization;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Kms;
using StorageOps.Simulator.Lifecycle;

namespace StorageOps.Simulator.Rds;

/// <summary>
/// All simulated RDS state (Aurora clusters and their cluster snapshots), per account and region. Every account and region
/// starts with the clusters of <see cref="SimulatorOptions.RdsFleet"/>. Thread-safe; the HTTP layer only translates.
/// </summary>
public sealed class RdsBackend
{
    private readonly Lock gate = new();
    private readonly Dictionary<AccountRegion, RdsRegionState> regions = [];
    private readonly TimeProvider timeProvider;
    private readonly KmsKeyring keyring;
    private readonly LifecycleTransition snapshotCreation;
    private readonly LifecycleTransition clusterCreation;
    private readonly RdsFleetSeed fleet;
    private readonly Random random = new();
    private readonly ResourceFaults resourceFaults;

    public RdsBackend(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        timeProvider = options.TimeProvider;
        keyring = new KmsKeyring(options.KmsKeys);
        snapshotCreation = options.DBClusterSnapshotCreation;
        clusterCreation = options.DBClusterCreation;
        fleet = options.RdsFleet;
        resourceFaults = new ResourceFaults(options.Faults);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ManualClusterSnapshotQuota);
        ManualClusterSnapshotQuota = options.ManualClusterSnapshotQuota;
        DefaultScope = new AccountRegion(options.AccountId, options.DefaultRegion);
    }

    /// <summary>The manual cluster snapshots a region may hold (<see cref="SimulatorOptions.ManualClusterSnapshotQuota"/>).</summary>
    public int ManualClusterSnapshotQuota { get; }

    /// <summary>The simulator's account in its default region.</summary>
    public AccountRegion DefaultScope { get; }

    public DBClusterDescription CreateDBCluster(AccountRegion scope, CreateDBClusterRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RdsIdentifiers.Validate("DBClusterIdentifier", request.DBClusterIdentifier);
        if (request.Engine is null)
        {
            throw RdsException.MissingParameter("Engine");
        }

        if (!AuroraEngines.IsSupported(request.Engine))
        {
            throw RdsException.InvalidParameterValue($"Invalid DB engine: {request.Engine}. The StorageOps simulator simulates aurora-postgresql and aurora-mysql.");
        }

        RdsTagKeys.Validate(request.Tags);
        lock (gate)
        {
            var state = StateOf(scope);
            var identifier = request.DBClusterIdentifier!.ToLowerInvariant();
            if (state.FindCluster(identifier) is not null)
            {
                throw new RdsException(RdsErrorCodes.DBClusterAlreadyExistsFault, "DB Cluster already exists");
            }

            var now = timeProvider.GetUtcNow();
            var cluster = NewCluster(
                scope,
                state,
                new DBClusterSeed
                {
                    DBClusterIdentifier = identifier,
                    Engine = request.Engine,
                    EngineVersion = request.EngineVersion ?? AuroraEngines.DefaultVersionOf(request.Engine),
                    MasterUsername = request.MasterUsername ?? "admin",
                    StorageEncrypted = request.StorageEncrypted ?? false,
                    Tags = request.Tags ?? [],
                    Status = DBClusterStatuses.Creating,
                },
                now,
                new ResourceLifecycle(clusterCreation, now));
            state.Add(cluster);
            return cluster.Describe(now);
        }
    }

    /// <summary>Describes clusters as RDS does; each cluster described counts towards describe-based transitions.</summary>
    public DescribeDBClustersResult DescribeDBClusters(AccountRegion scope, DescribeDBClustersRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var filters = request.Filters ?? [];
        foreach (var filter in filters)
        {
            if (filter.Name is not ("db-cluster-id" or "engine"))
            {
                throw UnrecognizedFilter(filter.Name);
            }
        }

        lock (gate)
        {
            var state = StateOf(scope);
            var now = timeProvider.GetUtcNow();
            IEnumerable<DBCluster> clusters = state.Clusters;
            if (request.DBClusterIdentifier is { } identifier)
            {
                var cluster = FindCluster(state, scope, identifier) ?? throw RdsException.DBClusterNotFound(identifier);
                clusters = [cluster];
            }

            clusters = clusters.Where(cluster => filters.All(filter => filter.Name switch
            {
                "db-cluster-id" => filter.Values.Any(value => Matches(value, cluster.DBClusterIdentifier, cluster.DBClusterArn)),
                _ => filter.Values.Contains(cluster.Engine, StringComparer.Ordinal),
            }));
            var (page, marker) = RdsMarker.Paginate(clusters, cluster => cluster.Sequence, request.MaxRecords, request.Marker);
            foreach (var cluster in page)
            {
                cluster.Observe(now, isDescribe: true);
            }

            return new DescribeDBClustersResult([.. page.Select(cluster => cluster.Describe(now))], marker);
        }
    }

    public DBClusterSnapshotDescription CreateDBClusterSnapshot(AccountRegion scope, CreateDBClusterSnapshotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RdsIdentifiers.Validate("DBClusterSnapshotIdentifier", request.DBClusterSnapshotIdentifier);
        if (request.DBClusterIdentifier is null)
        {
            throw RdsException.MissingParameter("DBClusterIdentifier");
        }

        RdsTagKeys.Validate(request.Tags);
        lock (gate)
        {
            var state = StateOf(scope);
            var now = timeProvider.GetUtcNow();
            var cluster = FindCluster(state, scope, request.DBClusterIdentifier) ?? throw RdsException.DBClusterNotFound(request.DBClusterIdentifier);
            cluster.Observe(now, isDescribe: false);
            var identifier = request.DBClusterSnapshotIdentifier!.ToLowerInvariant();
            ThrowIfSnapshotExists(state, identifier);
            if (cluster.Status != DBClusterStatuses.Available)
            {
                throw new RdsException(
                    RdsErrorCodes.InvalidDBClusterStateFault,
                    $"Cannot create a snapshot because the DB cluster {cluster.DBClusterIdentifier} is in the {cluster.Status} state. Wait until it is available.");
            }

            ThrowIfQuotaReached(state);
            var snapshot = NewSnapshot(
                scope,
                state,
                cluster,
                identifier,
                SnapshotTypes.Manual,
                now,
                new SnapshotProgress(snapshotCreation, now),
                [.. request.Tags ?? []]);
            snapshot.ForcedStatus = resourceFaults.ForcedStateOf(FaultRequestReader.Rds, snapshot.DBClusterSnapshotIdentifier, snapshot.DBClusterSnapshotArn);
            state.Add(snapshot);
            return snapshot.Describe();
        }
    }

    /// <summary>Copies a snapshot of this region, or of another region of the account when the source is an ARN.</summary>
    public DBClusterSnapshotDescription CopyDBClusterSnapshot(AccountRegion scope, CopyDBClusterSnapshotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.SourceDBClusterSnapshotIdentifier is null)
        {
            throw RdsException.MissingParameter("SourceDBClusterSnapshotIdentifier");
        }

        RdsIdentifiers.Validate("TargetDBClusterSnapshotIdentifier", request.TargetDBClusterSnapshotIdentifier);
        RdsTagKeys.Validate(request.Tags);
        lock (gate)
        {
            var state = StateOf(scope);
            var now = timeProvider.GetUtcNow();
            var sourceName = request.SourceDBClusterSnapshotIdentifier;
            var source = FindSnapshotAnywhere(scope, sourceName) ?? throw RdsException.DBClusterSnapshotNotFound(sourceName);
            source.Observe(now, isDescribe: false);
            if (!source.IsAvailable)
            {
                throw new RdsException(
                    RdsErrorCodes.InvalidDBClusterSnapshotStateFault,
                    $"Snapshot {source.DBClusterSnapshotIdentifier} is not in available state. Current state: {source.Status}");
            }

            var identifier = request.TargetDBClusterSnapshotIdentifier!.ToLowerInvariant();
            ThrowIfSnapshotExists(state, identifier);
            if (request.KmsKeyId is not null && !source.StorageEncrypted)
            {
                throw new RdsException(
                    RdsErrorCodes.InvalidParameterCombination,
                    "KmsKeyId cannot be specified when copying an unencrypted DB cluster snapshot.");
            }

            var kmsKeyArn = request.KmsKeyId is { } keyId
                ? (keyring.IsUsable(scope, keyId) ? keyring.ResolveKeyArn(scope, keyId) : null) ?? throw new RdsException(
                    RdsErrorCodes.KmsKeyNotAccessibleFault,
                    $"The specified KMS key [{keyId}] does not exist, is not enabled or you do not have permissions to access it.")
                : source.KmsKeyId;
            ThrowIfQuotaReached(state);
            List<RdsTag> tags = request.CopyTags == true ? [.. source.Tags] : [];
            foreach (var tag in request.Tags ?? [])
            {
                tags.RemoveAll(existing => existing.Key == tag.Key);
                tags.Add(tag);
            }

            var copy = new DBClusterSnapshot
            {
                Sequence = state.TakeSequence(),
                DBClusterSnapshotIdentifier = identifier,
                DBClusterSnapshotArn = SnapshotArn(scope, identifier),
                SnapshotType = SnapshotTypes.Manual,
                SnapshotCreateTime = now,
                DBClusterIdentifier = source.DBClusterIdentifier,
                Engine = source.Engine,
                EngineVersion = source.EngineVersion,
                MasterUsername = source.MasterUsername,
                StorageEncrypted = source.StorageEncrypted,
                KmsKeyId = kmsKeyArn,
                DbClusterResourceId = source.DbClusterResourceId,
                VpcId = source.VpcId,
                AvailabilityZones = AvailabilityZonesOf(scope.Region),
                ClusterCreateTime = source.ClusterCreateTime,
                SourceDBClusterSnapshotArn = source.DBClusterSnapshotArn,
                Tags = tags,
                Progress = new SnapshotProgress(snapshotCreation, now),
                ForcedStatus = resourceFaults.ForcedStateOf(FaultRequestReader.Rds, identifier, SnapshotArn(scope, identifier)),
            };
            state.Add(copy);
            return copy.Describe();
        }
    }

    public DBClusterSnapshotDescription DeleteDBClusterSnapshot(AccountRegion scope, string? dbClusterSnapshotIdentifier)
    {
        if (dbClusterSnapshotIdentifier is null)
        {
            throw RdsException.MissingParameter("DBClusterSnapshotIdentifier");
        }

        lock (gate)
        {
            var state = StateOf(scope);
            var snapshot = FindSnapshot(state, scope, dbClusterSnapshotIdentifier)
                ?? throw RdsException.DBClusterSnapshotNotFound(dbClusterSnapshotIdentifier);
            snapshot.Observe(timeProvider.GetUtcNow(), isDescribe: false);
            if (snapshot.SnapshotType == SnapshotTypes.Automated)
            {
                throw new RdsException(
                    RdsErrorCodes.InvalidDBClusterSnapshotStateFault,
                    $"Cannot delete the automated snapshot {snapshot.DBClusterSnapshotIdentifier}; automated snapshots are deleted with their retention period.");
            }

            if (!snapshot.IsAvailable)
            {
                throw new RdsException(
                    RdsErrorCodes.InvalidDBClusterSnapshotStateFault,
                    $"Cannot delete the snapshot {snapshot.DBClusterSnapshotIdentifier} because it is in the {snapshot.Status} state.");
            }

            state.Remove(snapshot);
            return snapshot.Describe();
        }
    }

    /// <summary>Describes cluster snapshots as RDS does; each snapshot described counts towards describe-based transitions.</summary>
    public DescribeDBClusterSnapshotsResult DescribeDBClusterSnapshots(AccountRegion scope, DescribeDBClusterSnapshotsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var filters = request.Filters ?? [];
        foreach (var filter in filters)
        {
            if (filter.Name is not ("db-cluster-id" or "db-cluster-snapshot-id" or "snapshot-type" or "engine"))
            {
                throw UnrecognizedFilter(filter.Name);
            }
        }

        if (request.SnapshotType is not (null or SnapshotTypes.Automated or SnapshotTypes.Manual or "shared" or "public" or "awsbackup"))
        {
            throw RdsException.InvalidParameterValue($"Invalid snapshot type: {request.SnapshotType}");
        }

        lock (gate)
        {
            var state = StateOf(scope);
            var now = timeProvider.GetUtcNow();
            IEnumerable<DBClusterSnapshot> snapshots = state.Snapshots;
            if (request.DBClusterSnapshotIdentifier is { } identifier)
            {
                var snapshot = FindSnapshot(state, scope, identifier);
                if (snapshot is null || resourceFaults.HidesNewResource(FaultRequestReader.Rds, "DescribeDBClusterSnapshots", now - snapshot.SnapshotCreateTime, snapshot.DBClusterSnapshotIdentifier, snapshot.DBClusterSnapshotArn))
                {
                    throw RdsException.DBClusterSnapshotNotFound(identifier);
                }

                snapshots = [snapshot];
            }

            if (request.DBClusterIdentifier is { } clusterIdentifier)
            {
                var clusterPrefix = ClusterArn(scope, string.Empty);
                var ofCluster = state.SnapshotsOfCluster(clusterIdentifier.StartsWith(clusterPrefix, StringComparison.Ordinal) ? clusterIdentifier[clusterPrefix.Length..] : clusterIdentifier);
                snapshots = request.DBClusterSnapshotIdentifier is null ? ofCluster : snapshots.Intersect(ofCluster);
            }

            if (request.SnapshotType is { } type)
            {
                snapshots = snapshots.Where(snapshot => snapshot.SnapshotType == type);
            }

            snapshots = snapshots.Where(snapshot => filters.All(filter => filter.Values.Any(value => filter.Name switch
            {
                "db-cluster-id" => Matches(value, snapshot.DBClusterIdentifier, ClusterArn(scope, snapshot.DBClusterIdentifier)),
                "db-cluster-snapshot-id" => Matches(value, snapshot.DBClusterSnapshotIdentifier, snapshot.DBClusterSnapshotArn),
                "snapshot-type" => value == snapshot.SnapshotType,
                _ => value == snapshot.Engine,
            })));
            var (page, marker) = RdsMarker.Paginate(snapshots, snapshot => snapshot.Sequence, request.MaxRecords, request.Marker);
            foreach (var snapshot in page)
            {
                snapshot.Observe(now, isDescribe: true);
            }

            return new DescribeDBClusterSnapshotsResult([.. page.Select(snapshot => snapshot.Describe())], marker);
        }
    }

    public IReadOnlyList<RdsTag> ListTagsForResource(AccountRegion scope, string? resourceName)
    {
        lock (gate)
        {
            return [.. TagsOf(scope, resourceName)];
        }
    }

    /// <summary>Adds tags, replacing the value of a key the resource already has.</summary>
    public void AddTagsToResource(AccountRegion scope, string? resourceName, IReadOnlyList<RdsTag> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        RdsTagKeys.Validate(tags);
        lock (gate)
        {
            var existing = TagsOf(scope, resourceName);
            foreach (var tag in tags)
            {
                var index = existing.FindIndex(candidate => candidate.Key == tag.Key);
                if (index >= 0)
                {
                    existing[index] = tag;
                }
                else
                {
                    existing.Add(tag);
                }
            }
        }
    }

    public void RemoveTagsFromResource(AccountRegion scope, string? resourceName, IReadOnlyList<string> tagKeys)
    {
        ArgumentNullException.ThrowIfNull(tagKeys);
        lock (gate)
        {
            TagsOf(scope, resourceName).RemoveAll(tag => tagKeys.Contains(tag.Key, StringComparer.Ordinal));
        }
    }

    /// <summary>
    /// Sets a cluster's status as if someone outside the caller stopped, started or modified it (the simulator serves no
    /// StopDBCluster or StartDBCluster), for tests of what a cluster that stops or comes back does to a workflow.
    /// </summary>
    public void SetDBClusterStatus(AccountRegion scope, string dbClusterIdentifier, string status)
    {
        ArgumentException.ThrowIfNullOrEmpty(dbClusterIdentifier);
        ArgumentException.ThrowIfNullOrEmpty(status);
        lock (gate)
        {
            var cluster = FindCluster(StateOf(scope), scope, dbClusterIdentifier) ?? throw RdsException.DBClusterNotFound(dbClusterIdentifier);
            cluster.Status = status;
        }
    }

    /// <summary>Every cluster snapshot of <paramref name="scope"/> as it is now, for tests; does not count as a describe.</summary>
    public IReadOnlyList<DBClusterSnapshotDescription> PeekDBClusterSnapshots(AccountRegion scope)
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

    /// <summary>Every cluster of <paramref name="scope"/> as it is now, for tests and the local runner; does not count as a describe.</summary>
    public IReadOnlyList<DBClusterDescription> PeekDBClusters(AccountRegion scope)
    {
        lock (gate)
        {
            var now = timeProvider.GetUtcNow();
            return
            [
                .. StateOf(scope).Clusters.Select(cluster =>
                {
                    cluster.Observe(now, isDescribe: false);
                    return cluster.Describe(now);
                }),
            ];
        }
    }

    private static RdsException UnrecognizedFilter(string name) =>
        RdsException.InvalidParameterValue($"Unrecognized filter name: {name}");

    private static bool Matches(string value, string identifier, string arn) =>
        string.Equals(value, identifier, StringComparison.OrdinalIgnoreCase) || value == arn;

    private static string ClusterArn(AccountRegion scope, string identifier) => $"arn:aws:rds:{scope.Region}:{scope.AccountId}:cluster:{identifier}";

    private static string SnapshotArn(AccountRegion scope, string identifier) =>
        $"arn:aws:rds:{scope.Region}:{scope.AccountId}:cluster-snapshot:{identifier}";

    private static IReadOnlyList<string> AvailabilityZonesOf(string region) => [region + "a", region + "b", region + "c"];

    private static void ThrowIfSnapshotExists(RdsRegionState state, string identifier)
    {
        if (state.FindSnapshot(identifier) is not null)
        {
            throw new RdsException(RdsErrorCodes.DBClusterSnapshotAlreadyExistsFault, $"Cannot create the snapshot because a snapshot with the identifier {identifier} already exists.");
        }
    }

    private void ThrowIfQuotaReached(RdsRegionState state)
    {
        if (state.ManualSnapshotCount >= ManualClusterSnapshotQuota)
        {
            throw new RdsException(
                RdsErrorCodes.SnapshotQuotaExceeded,
                string.Create(CultureInfo.InvariantCulture, $"Cannot create more than {ManualClusterSnapshotQuota} manual snapshots"));
        }
    }

    private static DBCluster? FindCluster(RdsRegionState state, AccountRegion scope, string identifierOrArn)
    {
        var prefix = ClusterArn(scope, string.Empty);
        return state.FindCluster(identifierOrArn.StartsWith(prefix, StringComparison.Ordinal) ? identifierOrArn[prefix.Length..] : identifierOrArn);
    }

    private static DBClusterSnapshot? FindSnapshot(RdsRegionState state, AccountRegion scope, string identifierOrArn)
    {
        var prefix = SnapshotArn(scope, string.Empty);
        return state.FindSnapshot(identifierOrArn.StartsWith(prefix, StringComparison.Ordinal) ? identifierOrArn[prefix.Length..] : identifierOrArn);
    }

    private DBClusterSnapshot? FindSnapshotAnywhere(AccountRegion scope, string identifierOrArn)
    {
        var parts = identifierOrArn.Split(':', 7);
        if (parts is ["arn", "aws", "rds", var region, var account, "cluster-snapshot", var identifier])
        {
            return StateOf(new AccountRegion(account, region)).FindSnapshot(identifier);
        }

        return StateOf(scope).FindSnapshot(identifierOrArn);
    }

    /// <summary>The tag list of the cluster or cluster snapshot an ARN names, to read or change under the lock.</summary>
    private List<RdsTag> TagsOf(AccountRegion scope, string? resourceName)
    {
        if (resourceName is null)
        {
            throw RdsException.MissingParameter("ResourceName");
        }

        var parts = resourceName.Split(':', 7);
        if (parts is not ["arn", "aws", "rds", var region, var account, var type, var identifier] || identifier.Length == 0)
        {
            throw RdsException.InvalidParameterValue($"The specified resource name does not match an RDS resource in this region: {resourceName}");
        }

        var state = StateOf(new AccountRegion(account, region));
        return type switch
        {
            "cluster" => (state.FindCluster(identifier) ?? throw RdsException.DBClusterNotFound(identifier)).Tags,
            "cluster-snapshot" => (state.FindSnapshot(identifier) ?? throw RdsException.DBClusterSnapshotNotFound(identifier)).Tags,
            _ => throw RdsException.InvalidParameterValue($"The StorageOps simulator tags only DB clusters and DB cluster snapshots, not {type} resources: {resourceName}"),
        };
    }

    private RdsRegionState StateOf(AccountRegion scope)
    {
        if (!regions.TryGetValue(scope, out var state))
        {
            state = new RdsRegionState();
            regions.Add(scope, state);
            Seed(scope, state);
        }

        return state;
    }

    private void Seed(AccountRegion scope, RdsRegionState state)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var seed in fleet.Clusters.Where(candidate => candidate.IsSeededInto(scope)))
        {
            var cluster = NewCluster(scope, state, seed with { DBClusterIdentifier = seed.DBClusterIdentifier.ToLowerInvariant() }, now - seed.Age, creation: null);
            state.Add(cluster);
            for (var daysAgo = seed.AutomatedSnapshotCount; daysAgo >= 1; daysAgo--)
            {
                var takenAt = now.AddDays(-daysAgo);
                takenAt = new DateTimeOffset(takenAt.Year, takenAt.Month, takenAt.Day, takenAt.Hour, takenAt.Minute, 0, TimeSpan.Zero);
                var name = string.Create(CultureInfo.InvariantCulture, $"rds:{cluster.DBClusterIdentifier}-{takenAt:yyyy-MM-dd-HH-mm}");
                state.Add(NewSnapshot(scope, state, cluster, name, SnapshotTypes.Automated, takenAt, progress: null, tags: [.. cluster.Tags]));
            }

            foreach (var manual in seed.ManualSnapshots.OrderByDescending(manual => manual.Age))
            {
                state.Add(NewSnapshot(scope, state, cluster, manual.DBClusterSnapshotIdentifier.ToLowerInvariant(), SnapshotTypes.Manual, now - manual.Age, progress: null, tags: [.. manual.Tags]));
            }
        }
    }

    private DBCluster NewCluster(AccountRegion scope, RdsRegionState state, DBClusterSeed seed, DateTimeOffset createdAt, ResourceLifecycle? creation) => new()
    {
        Sequence = state.TakeSequence(),
        DBClusterIdentifier = seed.DBClusterIdentifier,
        DBClusterArn = ClusterArn(scope, seed.DBClusterIdentifier),
        Engine = seed.Engine,
        EngineVersion = seed.EngineVersion,
        MasterUsername = seed.MasterUsername,
        StorageEncrypted = seed.StorageEncrypted,
        KmsKeyId = seed.StorageEncrypted ? $"arn:aws:kms:{scope.Region}:{scope.AccountId}:key/{Guid.NewGuid()}" : null,
        DbClusterResourceId = "cluster-" + RandomUpperAlphanumeric(26),
        EndpointSuffix = $"cluster-{RandomLowerAlphanumeric(12)}.{scope.Region}.rds.amazonaws.com",
        VpcId = "vpc-" + RandomLowerHex(17),
        AvailabilityZones = AvailabilityZonesOf(scope.Region),
        ClusterCreateTime = createdAt,
        Tags = [.. seed.Tags],
        Status = seed.Status,
        Creation = creation,
    };

    private static DBClusterSnapshot NewSnapshot(
        AccountRegion scope,
        RdsRegionState state,
        DBCluster cluster,
        string identifier,
        string snapshotType,
        DateTimeOffset createdAt,
        SnapshotProgress? progress,
        List<RdsTag> tags) => new()
        {
            Sequence = state.TakeSequence(),
            DBClusterSnapshotIdentifier = identifier,
            DBClusterSnapshotArn = SnapshotArn(scope, identifier),
            SnapshotType = snapshotType,
            SnapshotCreateTime = createdAt,
            DBClusterIdentifier = cluster.DBClusterIdentifier,
            Engine = cluster.Engine,
            EngineVersion = cluster.EngineVersion,
            MasterUsername = cluster.MasterUsername,
            StorageEncrypted = cluster.StorageEncrypted,
            KmsKeyId = cluster.KmsKeyId,
            DbClusterResourceId = cluster.DbClusterResourceId,
            VpcId = cluster.VpcId,
            AvailabilityZones = cluster.AvailabilityZones,
            ClusterCreateTime = cluster.ClusterCreateTime,
            Tags = tags,
            Progress = progress,
        };

    private string RandomUpperAlphanumeric(int length) => RandomOf("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", length);

    private string RandomLowerAlphanumeric(int length) => RandomOf("abcdefghijklmnopqrstuvwxyz0123456789", length);

    private string RandomLowerHex(int length) => RandomOf("0123456789abcdef", length);

    private string RandomOf(string alphabet, int length) =>
        string.Create(length, (alphabet, random), static (span, state) =>
        {
            for (var index = 0; index < span.Length; index++)
            {
                span[index] = state.alphabet[state.random.Next(state.alphabet.Length)];
            }
        });
}
