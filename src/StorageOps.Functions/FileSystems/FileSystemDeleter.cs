using StorageOps.Aws.Efs;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Ownership;
using StorageOps.Functions.Polling;
using StorageOps.Functions.Requests;

namespace StorageOps.Functions.FileSystems;

/// <summary>Deletes file systems this tool owns (or any, with force) and reports when they are gone.</summary>
public sealed class FileSystemDeleter
{
    private readonly RegionalClients<IEfsClient> efs;
    private readonly TimeProvider time;
    private readonly PollingSchedule deletionPolling;

    public FileSystemDeleter(RegionalClients<IEfsClient> efs, TimeProvider time, PollingSchedules? polling = null)
    {
        this.efs = efs;
        this.time = time;
        deletionPolling = (polling ?? PollingSchedules.Default).For(PolledOperation.FileSystemDeletion);
    }

    /// <exception cref="NotOwnedException">The file system is not ours (or not the rollback's request's) and force is not set.</exception>
    public async Task<FileSystemDeletion> DeleteAsync(DeleteFileSystemInput input, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        RequestFieldRules.TimeoutSeconds(input.TimeoutSeconds, problems);
        var fileSystemId = RequireFileSystemId(input.FileSystemId, problems);

        var now = time.GetUtcNow();
        var deadline = now + (input.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : FileSystemProvisioner.DefaultTimeout);
        if (await FileSystemLookup.FindAsync(efs.Home, fileSystemId, cancellationToken) is not { } fileSystem)
        {
            return new FileSystemDeletion(fileSystemId, AlreadyGone: true, now, deadline, FirstPollSeconds);
        }

        FileSystemOwnership.RequireDeletable(fileSystem, input.CreatedByRequestId, input.Force ?? false);
        if (fileSystem.LifeCycleState != "deleting")
        {
            try
            {
                await efs.Home.DeleteFileSystemAsync(new DeleteFileSystemRequest { FileSystemId = fileSystemId }, cancellationToken);
            }
            catch (FileSystemNotFoundException)
            {
                return new FileSystemDeletion(fileSystemId, AlreadyGone: true, now, deadline, FirstPollSeconds);
            }
        }

        return new FileSystemDeletion(fileSystemId, AlreadyGone: false, now, deadline, FirstPollSeconds);
    }

    public async Task<FileSystemDeletionStatus> DescribeDeletionAsync(DescribeFileSystemDeletionInput input, CancellationToken cancellationToken)
    {
        var fileSystemId = RequireFileSystemId(input.FileSystemId, []);
        var now = time.GetUtcNow();
        var fileSystem = await FileSystemLookup.FindAsync(efs.Home, fileSystemId, cancellationToken);
        var waitSeconds = deletionPolling.SecondsUntilNextPoll(input.Since ?? now, now, deadline: null);
        return fileSystem is null
            ? new FileSystemDeletionStatus(fileSystemId, "deleted", Gone: true, waitSeconds, now)
            : new FileSystemDeletionStatus(fileSystemId, fileSystem.LifeCycleState ?? "unknown", Gone: false, waitSeconds, now);
    }

    private int FirstPollSeconds => deletionPolling.UnboundedWaitSeconds(TimeSpan.Zero);

    private static string RequireFileSystemId(string? fileSystemId, List<string> problems)
    {
        RequestFieldRules.RequiredFileSystemId("fileSystemId", fileSystemId, problems);
        return problems.Count > 0 ? throw new InvalidInputException(problems) : FileSystemLookup.IdOf(fileSystemId!);
    }
}
