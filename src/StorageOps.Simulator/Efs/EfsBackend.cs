using System.Globalization;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Fleet;
using StorageOps.Simulator.Lifecycle;

namespace StorageOps.Simulator.Efs;

/// <summary>
/// All simulated EFS state, per account and region. Thread-safe; the HTTP layer only translates to and from these calls,
/// and tests or the local runner may call them directly.
/// </summary>
public sealed partial class EfsBackend
{
    public const int MaxFileSystemsPerRegion = 1000;
    public const int MaxItemsPerPage = 100;

    private readonly Lock gate = new();
    private readonly Dictionary<AccountRegion, EfsRegionState> regions = [];
    private readonly TimeProvider timeProvider;
    private readonly LifecycleTransition fileSystemCreation;
    private readonly LifecycleTransition fileSystemDeletion;
    private readonly LifecycleTransition fileSystemUpdate;
    private readonly LifecycleTransition mountTargetCreation;
    private readonly LifecycleTransition mountTargetDeletion;
    private readonly LifecycleTransition replicationEnabling;
    private readonly LifecycleTransition replicationDeletion;
    private readonly List<Replication> replications = [];
    private readonly Random random = new();
    private readonly ResourceFaults resourceFaults;

    public EfsBackend(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        timeProvider = options.TimeProvider;
        fileSystemCreation = options.FileSystemCreation;
        fileSystemDeletion = options.FileSystemDeletion;
        fileSystemUpdate = options.FileSystemUpdate;
        mountTargetCreation = options.MountTargetCreation;
        mountTargetDeletion = options.MountTargetDeletion;
        replicationEnabling = options.ReplicationEnabling;
        replicationDeletion = options.ReplicationDeletion;
        resourceFaults = new ResourceFaults(options.Faults);
        Network = new FleetNetwork(options.Fleet, options.AccountId);
        DefaultScope = new AccountRegion(options.AccountId, options.DefaultRegion);
    }

    /// <summary>The simulator's account in its default region.</summary>
    public AccountRegion DefaultScope { get; }

    /// <summary>The seeded VPCs, subnets and security groups mount targets are placed in.</summary>
    public FleetNetwork Network { get; }

    public FileSystemDescription CreateFileSystem(CreateFileSystemRequest request) => CreateFileSystem(DefaultScope, request);

    public FileSystemDescription CreateFileSystem(AccountRegion scope, CreateFileSystemRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        CreateFileSystemValidator.Validate(request, scope.Region);
        var creationToken = request.CreationToken!;
        lock (gate)
        {
            var state = Settle(scope);
            if (state.FindByCreationToken(creationToken) is { } existing)
            {
                throw EfsException.FileSystemAlreadyExists(existing.FileSystemId, creationToken);
            }

            if (state.Count >= MaxFileSystemsPerRegion)
            {
                throw new EfsException(
                    EfsErrorCodes.FileSystemLimitExceeded,
                    string.Create(CultureInfo.InvariantCulture, $"You have reached the maximum number of file systems ({MaxFileSystemsPerRegion}) in {scope.Region}."));
            }

            var fileSystem = NewFileSystem(scope, state, request, timeProvider.GetUtcNow());
            state.Add(fileSystem);
            return fileSystem.Describe();
        }
    }

    public DescribeFileSystemsResult DescribeFileSystems(DescribeFileSystemsRequest request) => DescribeFileSystems(DefaultScope, request);

    /// <summary>Describes file systems as EFS does; each file system described counts towards describe-based transitions.</summary>
    public DescribeFileSystemsResult DescribeFileSystems(AccountRegion scope, DescribeFileSystemsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.MaxItems is < 1)
        {
            throw EfsException.BadRequest("MaxItems must be greater than 0.");
        }

        var startSequence = request.Marker is { } marker ? DescribeMarker.Decode(marker) : 0;
        lock (gate)
        {
            var state = Settle(scope);
            var now = timeProvider.GetUtcNow();
            if (request.FileSystemId is not null || request.CreationToken is not null)
            {
                var match = FindSingle(state, scope, request);
                if (match is not null && resourceFaults.HidesNewResource(FaultRequestReader.Efs, "DescribeFileSystems", now - match.CreationTime, match.FileSystemId, match.FileSystemArn))
                {
                    match = request.FileSystemId is { } hiddenId ? throw EfsException.FileSystemNotFound(hiddenId) : null;
                }

                if (match is not null && ObserveDescribe(match, now))
                {
                    // This describe completed the deletion, so it answers as for any file system that is gone.
                    match = request.FileSystemId is { } requestedId ? throw EfsException.FileSystemNotFound(requestedId) : null;
                }

                return new DescribeFileSystemsResult(match is null ? [] : [match.Describe()], request.Marker, NextMarker: null);
            }

            var pageSize = Math.Min(request.MaxItems ?? MaxItemsPerPage, MaxItemsPerPage);
            var remaining = state.InCreationOrder.Where(fileSystem => fileSystem.Sequence >= startSequence).ToList();
            var page = remaining.Take(pageSize).Where(fileSystem => !ObserveDescribe(fileSystem, now)).ToList();
            var nextMarker = remaining.Count > pageSize ? DescribeMarker.Encode(remaining[pageSize].Sequence) : null;
            return new DescribeFileSystemsResult([.. page.Select(fileSystem => fileSystem.Describe())], request.Marker, nextMarker);
        }
    }

    /// <summary>
    /// Every file system of <paramref name="scope"/> as it is now, for tests and the local runner;
    /// unlike <see cref="DescribeFileSystems(AccountRegion, DescribeFileSystemsRequest)"/> it does not count as a describe.
    /// </summary>
    public IReadOnlyList<FileSystemDescription> PeekFileSystems(AccountRegion scope)
    {
        lock (gate)
        {
            return [.. Settle(scope).InCreationOrder.Select(fileSystem => fileSystem.Describe())];
        }
    }

    public IReadOnlyList<FileSystemDescription> PeekFileSystems() => PeekFileSystems(DefaultScope);

    /// <summary>
    /// Starts deleting a file system (<c>deleting</c>, then gone per <see cref="SimulatorOptions.FileSystemDeletion"/>);
    /// refused while it has mount targets or takes part in a replication configuration.
    /// </summary>
    public void DeleteFileSystem(AccountRegion scope, string fileSystemId)
    {
        ArgumentNullException.ThrowIfNull(fileSystemId);
        lock (gate)
        {
            var state = Settle(scope);
            var fileSystem = RequireFileSystem(state, scope, fileSystemId);
            if (fileSystem.NumberOfMountTargets > 0)
            {
                throw new EfsException(
                    EfsErrorCodes.FileSystemInUse,
                    string.Create(CultureInfo.InvariantCulture, $"File system '{fileSystem.FileSystemId}' has {fileSystem.NumberOfMountTargets} mount target(s); delete them first."));
            }

            if (replications.Find(replication => replication.Involves(fileSystem)) is { } replication)
            {
                throw new EfsException(
                    EfsErrorCodes.FileSystemInUse,
                    $"File system '{fileSystem.FileSystemId}' is part of the replication configuration of source '{replication.Source.FileSystemId}'; delete the replication configuration first.");
            }

            fileSystem.StartDeletion(fileSystemDeletion, timeProvider.GetUtcNow());
        }
    }

    /// <summary>
    /// Changes the throughput mode or provisioned throughput. EFS allows one throughput-mode change or provisioned
    /// decrease per 24 hours; increases are always allowed.
    /// </summary>
    public FileSystemDescription UpdateFileSystem(AccountRegion scope, string fileSystemId, UpdateFileSystemRequest request)
    {
        ArgumentNullException.ThrowIfNull(fileSystemId);
        ArgumentNullException.ThrowIfNull(request);
        lock (gate)
        {
            var state = Settle(scope);
            var fileSystem = RequireFileSystem(state, scope, fileSystemId);
            RequireAvailable(fileSystem);
            var newMode = request.ThroughputMode ?? fileSystem.ThroughputMode;
            var newMibps = request.ProvisionedThroughputInMibps
                ?? (newMode == ThroughputModes.Provisioned ? fileSystem.ProvisionedThroughputInMibps : null);
            CreateFileSystemValidator.ValidateThroughput(newMode, newMibps, fileSystem.PerformanceMode);
            var modeChanges = newMode != fileSystem.ThroughputMode;
            var decreases = newMode == ThroughputModes.Provisioned
                && fileSystem.ThroughputMode == ThroughputModes.Provisioned
                && newMibps < fileSystem.ProvisionedThroughputInMibps;
            var now = timeProvider.GetUtcNow();
            if ((modeChanges || decreases) && fileSystem.LastRestrictedThroughputChange is { } last && now - last < ThroughputChangeCooldown)
            {
                throw new EfsException(
                    EfsErrorCodes.TooManyRequests,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"You have reached the maximum number of throughput mode changes or provisioned throughput value decreases. Wait until {last + ThroughputChangeCooldown:yyyy-MM-dd'T'HH:mm:ss'Z'} UTC and try again."));
            }

            if (modeChanges || decreases)
            {
                fileSystem.LastRestrictedThroughputChange = now;
            }

            fileSystem.ThroughputMode = newMode;
            fileSystem.ProvisionedThroughputInMibps = newMode == ThroughputModes.Provisioned ? newMibps : null;
            fileSystem.StartUpdate(fileSystemUpdate, now);
            return fileSystem.Describe();
        }
    }

    private static TimeSpan ThroughputChangeCooldown => TimeSpan.FromHours(24);

    private static FileSystem? FindSingle(EfsRegionState state, AccountRegion scope, DescribeFileSystemsRequest request)
    {
        FileSystem? match = null;
        if (request.FileSystemId is { } requestedId)
        {
            match = state.FindById(FileSystemIdOf(requestedId, scope)) ?? throw EfsException.FileSystemNotFound(requestedId);
        }

        if (request.CreationToken is { } token)
        {
            match = match is null ? state.FindByCreationToken(token) : match.CreationToken == token ? match : null;
        }

        return match;
    }

    /// <summary>The id inside a file system ARN of this account and region; anything else is taken as an id.</summary>
    private static string FileSystemIdOf(string idOrArn, AccountRegion scope)
    {
        var arnPrefix = $"arn:aws:elasticfilesystem:{scope.Region}:{scope.AccountId}:file-system/";
        return idOrArn.StartsWith(arnPrefix, StringComparison.Ordinal) ? idOrArn[arnPrefix.Length..] : idOrArn;
    }

    private static FileSystem RequireFileSystem(EfsRegionState state, AccountRegion scope, string idOrArn) =>
        state.FindById(FileSystemIdOf(idOrArn, scope)) ?? throw EfsException.FileSystemNotFound(idOrArn);

    private static void RequireAvailable(FileSystem fileSystem)
    {
        if (fileSystem.LifeCycleState != LifeCycleStates.Available)
        {
            throw EfsException.IncorrectFileSystemLifeCycleState(fileSystem.FileSystemId, fileSystem.LifeCycleState);
        }
    }

    /// <summary>
    /// A fault rule's forced state for a new file system or mount target, when it is one of their (lower-case) lifecycle
    /// states; a rule forcing a replication into <c>ERROR</c> names the same file systems and must not break them too.
    /// </summary>
    private string? ForcedLifeCycleState(params string[] resourceIds) =>
        resourceFaults.ForcedStateOf(FaultRequestReader.Efs, resourceIds) is { } forced && forced == forced.ToLowerInvariant() ? forced : null;

    private FileSystem NewFileSystem(AccountRegion scope, EfsRegionState state, CreateFileSystemRequest request, DateTimeOffset now)
    {
        var fileSystemId = NewId("fs", id => state.FindById(id) is not null);
        var encrypted = request.Encrypted ?? false;
        var zone = request.AvailabilityZoneName;
        return new FileSystem
        {
            Sequence = state.NextSequence,
            Scope = scope,
            OwnerId = scope.AccountId,
            FileSystemId = fileSystemId,
            FileSystemArn = $"arn:aws:elasticfilesystem:{scope.Region}:{scope.AccountId}:file-system/{fileSystemId}",
            CreationToken = request.CreationToken!,
            CreationTime = now,
            PerformanceMode = request.PerformanceMode ?? PerformanceModes.GeneralPurpose,
            Encrypted = encrypted,
            KmsKeyId = !encrypted ? null
                : request.KmsKeyId is { } keyId ? KmsKeyArns.ToArn(keyId, scope)
                : KmsKeyArns.DefaultEfsKeyArn(scope),
            ThroughputMode = request.ThroughputMode ?? ThroughputModes.Bursting,
            ProvisionedThroughputInMibps = request.ProvisionedThroughputInMibps,
            AvailabilityZoneName = zone,
            AvailabilityZoneId = zone is null ? null : AvailabilityZones.ZoneIdOf(zone, scope.Region),
            Backup = request.Backup ?? zone is not null,
            Tags = [.. request.Tags ?? []],
            Creation = new ResourceLifecycle(fileSystemCreation, now),
            ForcedState = ForcedLifeCycleState(fileSystemId, request.CreationToken!),
        };
    }

    /// <summary>A new id such as <c>fs-0123456789abcdef0</c>: the prefix and 17 random hex digits.</summary>
    private string NewId(string prefix, Func<string, bool> isTaken)
    {
        Span<byte> bytes = stackalloc byte[9];
        string id;
        do
        {
            random.NextBytes(bytes);
            id = prefix + "-" + Convert.ToHexStringLower(bytes)[..17];
        }
        while (isTaken(id));

        return id;
    }

    /// <summary>Counts a describe of <paramref name="fileSystem"/>; true when that describe finished its deletion.</summary>
    private bool ObserveDescribe(FileSystem fileSystem, DateTimeOffset now)
    {
        fileSystem.Observe(now, isDescribe: true);
        if (fileSystem.IsGone)
        {
            StateOf(fileSystem.Scope).Remove(fileSystem);
        }

        return fileSystem.IsGone;
    }

    /// <summary>
    /// Advances every time-based transition to now and forgets what has finished deleting, so each operation sees
    /// the world as it is; replications span regions, so they settle everywhere. Returns the state of <paramref name="scope"/>.
    /// </summary>
    private EfsRegionState Settle(AccountRegion scope)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var replication in replications.ToList())
        {
            replication.Observe(now, isDescribe: false);
            if (replication.IsGone)
            {
                ForgetReplication(replication);
            }
        }

        foreach (var state in regions.Values)
        {
            foreach (var mountTarget in state.MountTargets.ToList())
            {
                mountTarget.Observe(now, isDescribe: false);
                if (mountTarget.IsGone)
                {
                    ForgetMountTarget(state, mountTarget);
                }
            }

            foreach (var fileSystem in state.InCreationOrder.ToList())
            {
                fileSystem.Observe(now, isDescribe: false);
                if (fileSystem.IsGone)
                {
                    state.Remove(fileSystem);
                }
            }
        }

        return StateOf(scope);
    }

    private EfsRegionState StateOf(AccountRegion scope)
    {
        if (!regions.TryGetValue(scope, out var state))
        {
            state = new EfsRegionState();
            regions.Add(scope, state);
        }

        return state;
    }
}
