using StorageOps.Aws.Efs;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.FileSystems;
using StorageOps.Functions.Ownership;
using StorageOps.Functions.Polling;
using StorageOps.Functions.Requests;

namespace StorageOps.Functions.Replication;

/// <summary>
/// Creates EFS replication configurations idempotently (preparing an existing destination's overwrite protection when it
/// is ours), reports the destination's status, and deletes configurations of our file systems.
/// </summary>
public sealed class FileSystemReplicator
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromHours(1);

    private const string Enabled = "ENABLED";
    private const string Error = "ERROR";
    private const string Deleting = "DELETING";
    private const string OverwriteProtectionEnabled = "ENABLED";
    private const string OverwriteProtectionDisabled = "DISABLED";

    private readonly RegionalClients<IEfsClient> efs;
    private readonly TimeProvider time;
    private readonly PollingSchedule enablingPolling;
    private readonly PollingSchedule deletionPolling;

    public FileSystemReplicator(RegionalClients<IEfsClient> efs, TimeProvider time, PollingSchedules? polling = null)
    {
        this.efs = efs;
        this.time = time;
        enablingPolling = (polling ?? PollingSchedules.Default).For(PolledOperation.ReplicationEnabling);
        deletionPolling = (polling ?? PollingSchedules.Default).For(PolledOperation.ReplicationDeletion);
    }

    public async Task<CreatedReplication> CreateAsync(ReplicateFileSystemRequest request, CancellationToken cancellationToken)
    {
        ReplicateFileSystemRequestValidator.Validate(request);
        var sourceId = request.FileSystemId!;
        var destination = request.Destination!;
        var deadline = time.GetUtcNow() + (request.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : DefaultTimeout);

        var source = await FileSystemLookup.DescribeOneAsync(efs.Home, sourceId, cancellationToken);
        FileSystemOwnership.RequireOwned(source, "replicate it");
        if (await FindAsync(efs.Home, sourceId, cancellationToken) is { } existing)
        {
            return new CreatedReplication(sourceId, AlreadyExisted: true, OverwriteProtectionDisabled: false, deadline, Matching(existing, sourceId, destination, deadline));
        }

        var protectionDisabled = destination.FileSystemId is { } destinationId
            && await AllowOverwriteAsync(source, destinationId, DestinationRegionOf(destination), cancellationToken);
        try
        {
            var created = await efs.Home.CreateReplicationConfigurationAsync(
                new CreateReplicationConfigurationRequest { SourceFileSystemId = sourceId, Destinations = [ToDestination(destination)] },
                cancellationToken);
            return new CreatedReplication(sourceId, AlreadyExisted: false, protectionDisabled, deadline, StatusOf(created, deadline));
        }
        catch (EfsServiceException refused) when (refused is ReplicationAlreadyExistsException or ValidationException)
        {
            // A concurrent delivery of the same request may have created it between our describe and our create; EFS
            // then refuses the second create. Only a configuration that is now there makes that a success.
            if (await FindAsync(efs.Home, sourceId, cancellationToken) is not { } concurrent)
            {
                throw;
            }

            return new CreatedReplication(sourceId, AlreadyExisted: true, protectionDisabled, deadline, Matching(concurrent, sourceId, destination, deadline));
        }
    }

    /// <exception cref="ReplicationFailedException">The destination is in <c>ERROR</c>.</exception>
    public async Task<ReplicationStatus> DescribeAsync(string sourceFileSystemId, DateTimeOffset? deadline, CancellationToken cancellationToken)
    {
        var replication = await FindAsync(efs.Home, sourceFileSystemId, cancellationToken)
            ?? throw new RefusedOperationException(ErrorNames.ReplicationNotFound, $"File system {sourceFileSystemId} has no replication configuration.");
        return StatusOf(replication, deadline);
    }

    /// <summary>Starts deleting the file system's replication configuration, if it has one that is not already going.</summary>
    public async Task<ReplicationDeletion> DeleteAsync(string fileSystemId, bool force, CancellationToken cancellationToken)
    {
        var fileSystem = await FileSystemLookup.DescribeOneAsync(efs.Home, fileSystemId, cancellationToken);
        FileSystemOwnership.RequireDeletable(fileSystem, createdByRequestId: null, force);

        var replication = await FindAsync(efs.Home, fileSystemId, cancellationToken);
        if (replication is null)
        {
            return Deletion(fileSystemId, deletionStarted: false, replication: null, since: null);
        }

        var alreadyDeleting = replication.Destinations.FirstOrDefault()?.Status == Deleting;
        if (!alreadyDeleting)
        {
            try
            {
                await efs.Home.DeleteReplicationConfigurationAsync(new DeleteReplicationConfigurationRequest { SourceFileSystemId = fileSystemId }, cancellationToken);
            }
            catch (ReplicationNotFoundException)
            {
                return Deletion(fileSystemId, deletionStarted: false, replication: null, since: null);
            }
        }

        var deleting = replication with { Destinations = [.. replication.Destinations.Select(destination => destination with { Status = Deleting })] };
        return Deletion(fileSystemId, deletionStarted: !alreadyDeleting, deleting, since: null);
    }

    public async Task<ReplicationDeletion> DescribeDeletionAsync(string fileSystemId, DateTimeOffset? since, CancellationToken cancellationToken) =>
        Deletion(fileSystemId, deletionStarted: false, await FindAsync(efs.Home, fileSystemId, cancellationToken), since);

    private ReplicationDeletion Deletion(string fileSystemId, bool deletionStarted, ReplicationConfigurationDescription? replication, DateTimeOffset? since)
    {
        var now = time.GetUtcNow();
        return new ReplicationDeletion(
            fileSystemId,
            deletionStarted,
            Gone: replication is null,
            replication?.Destinations.FirstOrDefault()?.Status,
            replication is null ? 0 : deletionPolling.SecondsUntilNextPoll(since is { } started && started <= now ? started : now, now, deadline: null),
            now);
    }

    /// <summary>
    /// An existing destination must have replication overwrite protection DISABLED. We lift it only on a file system that
    /// carries our ownership tag; on any other, the user must decide. A cross-account destination is not visible to us: EFS
    /// itself checks its protection.
    /// </summary>
    /// <returns>True when this call disabled the protection.</returns>
    private async Task<bool> AllowOverwriteAsync(FileSystemDescription source, string destinationIdOrArn, string destinationRegion, CancellationToken cancellationToken)
    {
        var destinationAccount = FileSystemArns.AccountOf(destinationIdOrArn);
        var sourceAccount = source.FileSystemArn is { } arn ? FileSystemArns.AccountOf(arn) : null;
        if (destinationAccount is not null && sourceAccount is not null && destinationAccount != sourceAccount)
        {
            return false;
        }

        var destinationEfs = efs.In(destinationRegion);
        var destinationId = FileSystemArns.IdOf(destinationIdOrArn);
        var destination = await FileSystemLookup.DescribeOneAsync(destinationEfs, destinationId, cancellationToken);
        if (destination.FileSystemProtection?.ReplicationOverwriteProtection != OverwriteProtectionEnabled)
        {
            return false;
        }

        if (!FileSystemOwnership.IsOurs(destination))
        {
            throw new RefusedOperationException(
                ErrorNames.OverwriteProtectionEnabled,
                $"Destination file system {destinationId} in {destinationRegion} has replication overwrite protection ENABLED and was not created by StorageOps, "
                + "so StorageOps will not turn it off: replication would overwrite its data. If that is what you want, disable it yourself "
                + $"(aws efs update-file-system-protection --file-system-id {destinationId} --replication-overwrite-protection DISABLED --region {destinationRegion}) "
                + "and send the request again.");
        }

        await destinationEfs.UpdateFileSystemProtectionAsync(
            new UpdateFileSystemProtectionRequest { FileSystemId = destinationId, ReplicationOverwriteProtection = OverwriteProtectionDisabled },
            cancellationToken);
        return true;
    }

    private string DestinationRegionOf(ReplicationDestinationRequest destination) =>
        destination.Region
        ?? (destination.FileSystemId is { } id ? FileSystemArns.RegionOf(id) : null)
        ?? (destination.AvailabilityZoneName is { } zone ? zone[..^1] : null)
        ?? efs.HomeRegion;

    private DestinationToCreate ToDestination(ReplicationDestinationRequest destination) => destination.FileSystemId is { } fileSystemId
        ? new DestinationToCreate { FileSystemId = fileSystemId, Region = DestinationRegionOf(destination), RoleArn = destination.RoleArn }
        : new DestinationToCreate
        {
            Region = DestinationRegionOf(destination),
            AvailabilityZoneName = destination.AvailabilityZoneName,
            KmsKeyId = destination.KmsKeyId,
            RoleArn = destination.RoleArn,
        };

    /// <summary>The existing configuration of <paramref name="sourceId"/>, which must replicate it to the requested destination.</summary>
    private ReplicationStatus Matching(ReplicationConfigurationDescription existing, string sourceId, ReplicationDestinationRequest requested, DateTimeOffset deadline)
    {
        var current = existing.Destinations.FirstOrDefault();
        var requestedRegion = DestinationRegionOf(requested);
        var sameDestination = existing.SourceFileSystemId == sourceId
            && current is not null
            && current.Region == requestedRegion
            && (requested.FileSystemId is not { } requestedId || current.FileSystemId == FileSystemArns.IdOf(requestedId));
        if (sameDestination && current!.Status == Deleting)
        {
            throw new RefusedOperationException(
                ErrorNames.ReplicationConflict,
                $"The replication of {sourceId} to {current.FileSystemId} in {current.Region} is being deleted; send the request again once it is gone.");
        }

        if (!sameDestination)
        {
            var described = existing.SourceFileSystemId == sourceId
                ? $"already replicates to {current?.FileSystemId} in {current?.Region}"
                : $"is the destination of the replication of {existing.SourceFileSystemId}";
            throw new RefusedOperationException(
                ErrorNames.ReplicationConflict,
                $"File system {sourceId} {described}; EFS allows one replication configuration per file system. "
                + "Delete that configuration first to replicate it elsewhere.");
        }

        return StatusOf(existing, deadline);
    }

    private ReplicationStatus StatusOf(ReplicationConfigurationDescription replication, DateTimeOffset? deadline)
    {
        var now = time.GetUtcNow();
        var destination = replication.Destinations.FirstOrDefault();
        var status = destination?.Status ?? "ENABLING";
        var sourceId = replication.SourceFileSystemId ?? "";
        if (status == Error)
        {
            throw new ReplicationFailedException(
                $"Replication of {sourceId} to {destination?.FileSystemId} in {destination?.Region} is in ERROR: {destination?.StatusMessage ?? "EFS gave no status message."}");
        }

        if (status == Deleting)
        {
            throw new ReplicationFailedException(
                $"Replication of {sourceId} to {destination?.FileSystemId} in {destination?.Region} is being deleted, so it will not become ENABLED.");
        }

        var startedAt = replication.CreationTime is { } created && created <= now ? created : now;
        var wait = enablingPolling.SecondsUntilNextPoll(startedAt, now, deadline is { } until && until > now ? until : null);

        return new ReplicationStatus(
            sourceId,
            destination?.Region,
            destination?.FileSystemId,
            status,
            destination?.StatusMessage,
            Ready: status == Enabled,
            Paused: status is "PAUSED" or "PAUSING",
            wait,
            now);
    }

    private static async Task<ReplicationConfigurationDescription?> FindAsync(IEfsClient client, string fileSystemId, CancellationToken cancellationToken)
    {
        try
        {
            var response = await client.DescribeReplicationConfigurationsAsync(new DescribeReplicationConfigurationsRequest { FileSystemId = fileSystemId }, cancellationToken);
            return response.Replications.FirstOrDefault();
        }
        catch (ReplicationNotFoundException)
        {
            return null;
        }
    }
}
