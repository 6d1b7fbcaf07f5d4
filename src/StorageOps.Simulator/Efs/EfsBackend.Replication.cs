using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Lifecycle;

namespace StorageOps.Simulator.Efs;

public sealed partial class EfsBackend
{
    public const int DefaultReplicationsPerPage = 100;

    private const string ReplicationListing = "replications";

    /// <summary>
    /// Replicates a file system to a new file system (created read-only in the destination region) or to an existing one
    /// whose replication overwrite protection is <c>DISABLED</c>. A file system takes part in one configuration only,
    /// and a destination is never a source. Status <c>ENABLING</c> → <c>ENABLED</c> per <see cref="SimulatorOptions.ReplicationEnabling"/>.
    /// </summary>
    public ReplicationConfigurationDescription CreateReplicationConfiguration(AccountRegion scope, CreateReplicationConfigurationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.SourceFileSystemId))
        {
            throw EfsException.BadRequest("SourceFileSystemId is required.");
        }

        if (request.Destinations is not { Count: > 0 } destinations)
        {
            throw EfsException.BadRequest("Destinations must contain one destination.");
        }

        if (destinations.Count > 1)
        {
            throw new EfsException(EfsErrorCodes.ValidationException, "Only one destination is supported per replication configuration.");
        }

        var destinationRequest = destinations[0];
        lock (gate)
        {
            var state = Settle(scope);
            var source = RequireFileSystem(state, scope, request.SourceFileSystemId);
            if (ReplicationOf(source) is { } existing)
            {
                throw new EfsException(
                    EfsErrorCodes.ValidationException,
                    ReferenceEquals(existing.Destination, source)
                        ? $"File system '{source.FileSystemId}' is the destination of a replication configuration and cannot be a source."
                        : $"File system '{source.FileSystemId}' is already the source of a replication configuration.");
            }

            RequireAvailable(source);

            var now = timeProvider.GetUtcNow();
            var destination = destinationRequest.FileSystemId is { } destinationId
                ? ExistingDestination(scope, source, destinationRequest, destinationId)
                : NewDestination(scope, source, destinationRequest, now);
            destination.ReplicationOverwriteProtection = ReplicationOverwriteProtections.Replicating;
            var replication = new Replication
            {
                Source = source,
                Destination = destination,
                CreationTime = now,
                RoleArn = destinationRequest.RoleArn,
                Enabling = new ResourceLifecycle(replicationEnabling, now),
                ForcedStatus = resourceFaults.ForcedStateOf(FaultRequestReader.Efs, source.FileSystemId, destination.FileSystemId, source.FileSystemArn, destination.FileSystemArn),
            };
            replications.Add(replication);
            return replication.Describe();
        }
    }

    /// <summary>The replication configuration of one file system (source or destination), or every one touching the region.</summary>
    public DescribeReplicationConfigurationsResult DescribeReplicationConfigurations(AccountRegion scope, DescribeReplicationConfigurationsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.MaxResults is < 1)
        {
            throw EfsException.BadRequest("MaxResults must be greater than 0.");
        }

        lock (gate)
        {
            var state = Settle(scope);
            var now = timeProvider.GetUtcNow();
            List<Replication> matches;
            if (request.FileSystemId is { } fileSystemId)
            {
                var fileSystem = RequireFileSystem(state, scope, fileSystemId);
                var replication = ReplicationOf(fileSystem);
                if (replication is null || resourceFaults.HidesNewResource(FaultRequestReader.Efs, "DescribeReplicationConfigurations", now - replication.CreationTime, fileSystemId, fileSystem.FileSystemArn))
                {
                    throw EfsException.ReplicationNotFound(fileSystemId);
                }

                matches = [replication];
            }
            else
            {
                matches = [.. replications.Where(replication => replication.Source.Scope == scope || replication.Destination.Scope == scope)];
            }

            var pageSize = Math.Min(request.MaxResults ?? DefaultReplicationsPerPage, DefaultReplicationsPerPage);
            var (page, next) = PageToken.Paginate(matches, ReplicationListing, request.NextToken, pageSize, "NextToken");
            var described = new List<ReplicationConfigurationDescription>();
            foreach (var replication in page)
            {
                replication.Observe(now, isDescribe: true);
                if (replication.IsGone)
                {
                    ForgetReplication(replication);
                }
                else
                {
                    described.Add(replication.Describe());
                }
            }

            if (described.Count == 0 && request.FileSystemId is { } goneId)
            {
                throw EfsException.ReplicationNotFound(goneId);
            }

            return new DescribeReplicationConfigurationsResult(described, next);
        }
    }

    /// <summary>
    /// Starts deleting the replication configuration of a source or destination file system: <c>DELETING</c>, then gone per
    /// <see cref="SimulatorOptions.ReplicationDeletion"/>, when the destination becomes writeable with overwrite protection re-enabled.
    /// Both sides live in this simulator, so <c>LOCAL_CONFIGURATION_ONLY</c> deletes both as <c>ALL_CONFIGURATIONS</c> does.
    /// </summary>
    public void DeleteReplicationConfiguration(AccountRegion scope, string fileSystemId, string? deletionMode = null)
    {
        ArgumentNullException.ThrowIfNull(fileSystemId);
        if (deletionMode is not (null or DeletionModes.AllConfigurations or DeletionModes.LocalConfigurationOnly))
        {
            throw EfsException.BadRequest($"Invalid deletionMode '{deletionMode}'; use {DeletionModes.AllConfigurations} or {DeletionModes.LocalConfigurationOnly}.");
        }

        lock (gate)
        {
            var fileSystem = RequireFileSystem(Settle(scope), scope, fileSystemId);
            var replication = ReplicationOf(fileSystem) ?? throw EfsException.ReplicationNotFound(fileSystemId);
            if (deletionMode == DeletionModes.LocalConfigurationOnly && replication.Source.Scope == replication.Destination.Scope)
            {
                throw EfsException.BadRequest($"{DeletionModes.LocalConfigurationOnly} cannot be used for a same-account, same-region replication.");
            }

            replication.StartDeletion(replicationDeletion, timeProvider.GetUtcNow());
        }
    }

    /// <summary>Sets replication overwrite protection; a replicating destination's protection belongs to its replication.</summary>
    public string UpdateFileSystemProtection(AccountRegion scope, string fileSystemId, string? replicationOverwriteProtection)
    {
        ArgumentNullException.ThrowIfNull(fileSystemId);
        if (replicationOverwriteProtection is not (null or ReplicationOverwriteProtections.Enabled or ReplicationOverwriteProtections.Disabled))
        {
            throw EfsException.BadRequest(
                $"Invalid ReplicationOverwriteProtection '{replicationOverwriteProtection}'; use {ReplicationOverwriteProtections.Enabled} or {ReplicationOverwriteProtections.Disabled}.");
        }

        lock (gate)
        {
            var fileSystem = RequireFileSystem(Settle(scope), scope, fileSystemId);
            if (replicationOverwriteProtection is not null && ReplicationOf(fileSystem) is { } replication && ReferenceEquals(replication.Destination, fileSystem))
            {
                throw new EfsException(
                    EfsErrorCodes.ReplicationAlreadyExists,
                    $"File system '{fileSystem.FileSystemId}' is the destination of the replication configuration of '{replication.Source.FileSystemId}'.");
            }

            RequireAvailable(fileSystem);

            if (replicationOverwriteProtection is not null)
            {
                fileSystem.ReplicationOverwriteProtection = replicationOverwriteProtection;
            }

            return fileSystem.ReplicationOverwriteProtection;
        }
    }

    /// <summary>Every replication configuration as it is now, for tests and the local runner; not counted as a describe.</summary>
    public IReadOnlyList<ReplicationConfigurationDescription> PeekReplicationConfigurations()
    {
        lock (gate)
        {
            Settle(DefaultScope);
            return [.. replications.Select(replication => replication.Describe())];
        }
    }

    private Replication? ReplicationOf(FileSystem fileSystem) => replications.Find(replication => replication.Involves(fileSystem));

    private FileSystem ExistingDestination(AccountRegion scope, FileSystem source, ReplicationDestinationRequest request, string destinationId)
    {
        if (request.AvailabilityZoneName is not null || request.KmsKeyId is not null)
        {
            throw new EfsException(EfsErrorCodes.ValidationException, "AvailabilityZoneName and KmsKeyId apply only to a new destination file system; leave them out with FileSystemId.");
        }

        var destinationScope = FileSystemArns.ScopeOf(destinationId) ?? scope with { Region = request.Region ?? scope.Region };
        var destination = RequireFileSystem(StateOf(destinationScope), destinationScope, destinationId);
        if (ReferenceEquals(destination, source))
        {
            throw new EfsException(EfsErrorCodes.ValidationException, $"File system '{source.FileSystemId}' cannot replicate to itself.");
        }

        if (ReplicationOf(destination) is { } existing)
        {
            throw new EfsException(
                EfsErrorCodes.ValidationException,
                ReferenceEquals(existing.Source, destination)
                    ? $"File system '{destination.FileSystemId}' is the source of a replication configuration and cannot be a destination."
                    : $"File system '{destination.FileSystemId}' is already the destination of a replication configuration.");
        }

        RequireAvailable(destination);
        if (destination.ReplicationOverwriteProtection != ReplicationOverwriteProtections.Disabled)
        {
            throw new EfsException(
                EfsErrorCodes.ConflictException,
                $"File system '{destination.FileSystemId}' has replication overwrite protection {destination.ReplicationOverwriteProtection}; disable it to use the file system as a destination.");
        }

        if (source.Encrypted && !destination.Encrypted)
        {
            throw new EfsException(
                EfsErrorCodes.ConflictException,
                $"Source file system '{source.FileSystemId}' is encrypted but destination '{destination.FileSystemId}' is not.");
        }

        return destination;
    }

    private FileSystem NewDestination(AccountRegion scope, FileSystem source, ReplicationDestinationRequest request, DateTimeOffset now)
    {
        var zone = request.AvailabilityZoneName;
        var region = request.Region ?? (zone is { Length: > 1 } ? zone[..^1] : null)
            ?? throw new EfsException(EfsErrorCodes.ValidationException, "A new destination needs a Region or an AvailabilityZoneName.");
        if (zone is not null && !AvailabilityZones.BelongsToRegion(zone, region))
        {
            throw new EfsException(EfsErrorCodes.UnsupportedAvailabilityZone, $"Availability Zone '{zone}' is not supported in region {region}.");
        }

        if (request.KmsKeyId is { } keyId && !KmsKeyArns.IsValidKeyId(keyId))
        {
            throw EfsException.BadRequest($"Invalid KmsKeyId '{keyId}'.");
        }

        var destinationScope = scope with { Region = region };
        var destinationState = StateOf(destinationScope);
        if (destinationState.Count >= MaxFileSystemsPerRegion)
        {
            throw new EfsException(EfsErrorCodes.FileSystemLimitExceeded, $"You have reached the maximum number of file systems in {region}.");
        }

        var destination = NewFileSystem(
            destinationScope,
            destinationState,
            new CreateFileSystemRequest
            {
                CreationToken = $"replication-{source.FileSystemId}-{now.ToUnixTimeMilliseconds()}",
                PerformanceMode = source.PerformanceMode,
                Encrypted = true,
                KmsKeyId = request.KmsKeyId,
                ThroughputMode = source.ThroughputMode,
                ProvisionedThroughputInMibps = source.ProvisionedThroughputInMibps,
                AvailabilityZoneName = zone,
                Backup = false,
            },
            now);
        destinationState.Add(destination);
        return destination;
    }

    private void ForgetReplication(Replication replication)
    {
        replications.Remove(replication);
        replication.Destination.ReplicationOverwriteProtection = ReplicationOverwriteProtections.Enabled;
    }
}
