using System.Globalization;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Lifecycle;

namespace StorageOps.Simulator.Efs;

/// <summary>
/// All simulated EFS state, per account and region. Thread-safe; the HTTP layer only translates to and from these calls,
/// and tests or the local runner may call them directly.
/// </summary>
public sealed class EfsBackend
{
    public const int MaxFileSystemsPerRegion = 1000;
    public const int MaxItemsPerPage = 100;

    private readonly Lock gate = new();
    private readonly Dictionary<AccountRegion, EfsRegionState> regions = [];
    private readonly TimeProvider timeProvider;
    private readonly LifecycleTransition fileSystemCreation;
    private readonly Random random = new();

    public EfsBackend(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        timeProvider = options.TimeProvider;
        fileSystemCreation = options.FileSystemCreation;
        DefaultScope = new AccountRegion(options.AccountId, options.DefaultRegion);
    }

    /// <summary>The simulator's account in its default region.</summary>
    public AccountRegion DefaultScope { get; }

    public FileSystemDescription CreateFileSystem(CreateFileSystemRequest request) => CreateFileSystem(DefaultScope, request);

    public FileSystemDescription CreateFileSystem(AccountRegion scope, CreateFileSystemRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        CreateFileSystemValidator.Validate(request, scope.Region);
        var creationToken = request.CreationToken!;
        lock (gate)
        {
            var state = StateOf(scope);
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

            var now = timeProvider.GetUtcNow();
            var fileSystemId = NewFileSystemId(state);
            var encrypted = request.Encrypted ?? false;
            var zone = request.AvailabilityZoneName;
            var fileSystem = new FileSystem
            {
                Sequence = state.NextSequence,
                OwnerId = scope.AccountId,
                FileSystemId = fileSystemId,
                FileSystemArn = $"arn:aws:elasticfilesystem:{scope.Region}:{scope.AccountId}:file-system/{fileSystemId}",
                CreationToken = creationToken,
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
            };
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
            var state = StateOf(scope);
            var now = timeProvider.GetUtcNow();
            if (request.FileSystemId is not null || request.CreationToken is not null)
            {
                var match = FindSingle(state, scope, request);
                match?.Observe(now, isDescribe: true);
                return new DescribeFileSystemsResult(match is null ? [] : [match.Describe()], request.Marker, NextMarker: null);
            }

            var pageSize = Math.Min(request.MaxItems ?? MaxItemsPerPage, MaxItemsPerPage);
            var remaining = state.InCreationOrder.Where(fileSystem => fileSystem.Sequence >= startSequence).ToList();
            var page = remaining.Take(pageSize).ToList();
            foreach (var fileSystem in page)
            {
                fileSystem.Observe(now, isDescribe: true);
            }

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
            var now = timeProvider.GetUtcNow();
            return
            [
                .. StateOf(scope).InCreationOrder.Select(fileSystem =>
                {
                    fileSystem.Observe(now, isDescribe: false);
                    return fileSystem.Describe();
                }),
            ];
        }
    }

    public IReadOnlyList<FileSystemDescription> PeekFileSystems() => PeekFileSystems(DefaultScope);

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

    private string NewFileSystemId(EfsRegionState state)
    {
        Span<byte> bytes = stackalloc byte[9];
        string id;
        do
        {
            random.NextBytes(bytes);
            id = "fs-" + Convert.ToHexStringLower(bytes)[..17];
        }
        while (state.FindById(id) is not null);

        return id;
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
