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

    public FileSystemProvisioner(RegionalClients<IEfsClient> efs, TimeProvider time)
    {
        this.efs = efs;
        this.time = time;
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
            return new CreatedFileSystem(fileSystemId, created.FileSystemArn, AlreadyExisted: false, deadline, StatusOf(fileSystemId, created));
        }
        catch (FileSystemAlreadyExistsException alreadyExists)
        {
            var existing = await DescribeOneAsync(alreadyExists.FileSystemId, cancellationToken);
            if (!existing.Tags.Contains(new Tag(OwnershipTags.RequestId, requestId)))
            {
                throw new OwnershipConflictException(
                    ErrorNames.CreationTokenConflict,
                    $"File system {existing.FileSystemId} has creation token '{requestId}' but was not created by StorageOps request '{requestId}'.");
            }

            return new CreatedFileSystem(alreadyExists.FileSystemId, existing.FileSystemArn, AlreadyExisted: true, deadline, StatusOf(alreadyExists.FileSystemId, existing));
        }
    }

    public async Task<FileSystemStatus> DescribeAsync(string fileSystemId, CancellationToken cancellationToken) =>
        StatusOf(fileSystemId, await DescribeOneAsync(fileSystemId, cancellationToken));

    /// <remarks>A description without a LifeCycleState is neither ready nor failed: polling goes on until the deadline.</remarks>
    private FileSystemStatus StatusOf(string fileSystemId, FileSystemDescription fileSystem)
    {
        var now = time.GetUtcNow();
        var age = fileSystem.CreationTime is { } creationTime ? now - creationTime : TimeSpan.Zero;
        var state = fileSystem.LifeCycleState ?? "unknown";
        return new FileSystemStatus(
            fileSystemId,
            state,
            Ready: state == "available",
            Failed: state is "error" or "deleting" or "deleted",
            PollingSchedule.SecondsUntilNextPoll(age),
            now);
    }

    private async Task<FileSystemDescription> DescribeOneAsync(string fileSystemId, CancellationToken cancellationToken)
    {
        var response = await efs.Home.DescribeFileSystemsAsync(new DescribeFileSystemsRequest { FileSystemId = fileSystemId }, cancellationToken);
        return response.FileSystems.SingleOrDefault(fileSystem => fileSystem.FileSystemId == fileSystemId)
            ?? throw new FileSystemNotFoundException($"File system '{fileSystemId}' does not exist.", requestId: null, System.Net.HttpStatusCode.NotFound);
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
