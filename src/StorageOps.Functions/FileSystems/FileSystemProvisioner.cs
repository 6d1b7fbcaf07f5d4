using StorageOps.Aws.Efs;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Ownership;
using StorageOps.Functions.Polling;
using StorageOps.Functions.Requests;

namespace StorageOps.Functions.FileSystems;

/// <summary>Creates file systems idempotently and reports their readiness.</summary>
public sealed class FileSystemProvisioner
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(30);

    private readonly RegionalClients<IEfsClient> efs;
    private readonly TimeProvider time;
    private readonly PollingSchedule creationPolling;
    private readonly PollingSchedule updatePolling;

    /// <param name="polling">Null = the default schedules.</param>
    public FileSystemProvisioner(RegionalClients<IEfsClient> efs, TimeProvider time, PollingSchedules? polling = null)
    {
        this.efs = efs;
        this.time = time;
        creationPolling = (polling ?? PollingSchedules.Default).For(PolledOperation.FileSystemCreation);
        updatePolling = (polling ?? PollingSchedules.Default).For(PolledOperation.FileSystemUpdate);
    }

    public async Task<CreatedFileSystem> CreateAsync(ProvisionFileSystemRequest request, CancellationToken cancellationToken)
    {
        ProvisionFileSystemRequestValidator.Validate(request);
        var requestId = request.RequestId!;
        var deadline = time.GetUtcNow() + (request.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : DefaultTimeout);
        try
        {
            var created = await efs.Home.CreateFileSystemAsync(ToCreateFileSystemRequest(request), cancellationToken);
            var fileSystemId = created.FileSystemId
                ?? throw new InvalidOperationException($"EFS CreateFileSystem for creation token '{requestId}' returned no FileSystemId.");
            return new CreatedFileSystem(fileSystemId, created.FileSystemArn, AlreadyExisted: false, deadline, StatusOf(fileSystemId, created, deadline));
        }
        catch (FileSystemAlreadyExistsException alreadyExists)
        {
            var existing = await FileSystemLookup.DescribeOneAsync(efs.Home, alreadyExists.FileSystemId, cancellationToken);
            if (!existing.Tags.Contains(new Tag(OwnershipTags.RequestId, requestId)))
            {
                throw new OwnershipConflictException(
                    ErrorNames.CreationTokenConflict,
                    $"File system {existing.FileSystemId} has creation token '{requestId}' but was not created by StorageOps request '{requestId}'.");
            }

            return new CreatedFileSystem(alreadyExists.FileSystemId, existing.FileSystemArn, AlreadyExisted: true, deadline, StatusOf(alreadyExists.FileSystemId, existing, deadline));
        }
    }

    /// <param name="deadline">The request's deadline: the next poll is never scheduled past it; null = none.</param>
    /// <param name="updateRequestedAt">Set when an update is awaited rather than the creation: the polls count from it.</param>
    public async Task<FileSystemStatus> DescribeAsync(string fileSystemId, DateTimeOffset? deadline, DateTimeOffset? updateRequestedAt, CancellationToken cancellationToken) =>
        StatusOf(fileSystemId, await FileSystemLookup.DescribeOneAsync(efs.Home, fileSystemId, cancellationToken), deadline, updateRequestedAt);

    /// <remarks>A description without a LifeCycleState is neither ready nor failed: polling goes on until the deadline.</remarks>
    private FileSystemStatus StatusOf(string fileSystemId, FileSystemDescription fileSystem, DateTimeOffset? deadline, DateTimeOffset? updateRequestedAt = null)
    {
        var now = time.GetUtcNow();
        var state = fileSystem.LifeCycleState ?? "unknown";
        return new FileSystemStatus(
            fileSystemId,
            state,
            Ready: state == "available",
            Failed: state is "error" or "deleting" or "deleted",
            updateRequestedAt is { } requestedAt
                ? updatePolling.SecondsUntilNextPoll(requestedAt, now, deadline)
                : creationPolling.SecondsUntilNextPoll(fileSystem.CreationTime ?? now, now, deadline),
            now);
    }

    private static CreateFileSystemRequest ToCreateFileSystemRequest(ProvisionFileSystemRequest request)
    {
        var tags = (request.Tags ?? new Dictionary<string, string>())
            .Select(tag => new Tag(tag.Key, tag.Value))
            .Append(new Tag(OwnershipTags.ManagedBy, OwnershipTags.ManagedByValue))
            .Append(new Tag(OwnershipTags.RequestId, request.RequestId!))
            .ToList();
        return new CreateFileSystemRequest
        {
            CreationToken = request.RequestId!,
            PerformanceMode = request.PerformanceMode,
            ThroughputMode = request.ThroughputMode,
            ProvisionedThroughputInMibps = request.ProvisionedThroughputInMibps,
            Encrypted = request.Encrypted,
            KmsKeyId = request.KmsKeyId,
            AvailabilityZoneName = request.AvailabilityZoneName,
            Backup = request.Backup,
            Tags = tags,
        };
    }
}
