using System.Globalization;
using System.Text.RegularExpressions;
using StorageOps.Aws.Efs;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.MountTargets;
using StorageOps.Functions.Ownership;
using StorageOps.Functions.Polling;

namespace StorageOps.Functions.FileSystems;

/// <summary>Changes one of our file systems in place: throughput, tags, replication overwrite protection.</summary>
public sealed partial class FileSystemUpdater
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(30);

    /// <summary>EFS allows a throughput mode change or a provisioned-throughput decrease once per 24 hours.</summary>
    public static readonly TimeSpan ThroughputChangeInterval = TimeSpan.FromHours(24);

    private readonly RegionalClients<IEfsClient> efs;
    private readonly TimeProvider time;
    private readonly PollingSchedule updatePolling;

    public FileSystemUpdater(RegionalClients<IEfsClient> efs, TimeProvider time, PollingSchedules? polling = null)
    {
        this.efs = efs;
        this.time = time;
        updatePolling = (polling ?? PollingSchedules.Default).For(PolledOperation.FileSystemUpdate);
    }

    /// <summary>Checks the whole request (every part, and that the file system is ours) before the first change is made.</summary>
    public async Task<FileSystemUpdatePlan> PrepareAsync(Requests.UpdateFileSystemRequest request, CancellationToken cancellationToken)
    {
        Requests.UpdateFileSystemRequestValidator.Validate(request);
        var fileSystemId = request.FileSystemId;
        var changesThroughput = request.ThroughputMode is not null || request.ProvisionedThroughputInMibps is not null;
        var changesTags = request.Tags is not null || request.RemoveTagKeys is not null;
        await DescribeOwnedAsync(fileSystemId!, "change it", cancellationToken);
        var deadline = time.GetUtcNow() + (request.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : DefaultTimeout);
        return new FileSystemUpdatePlan(
            fileSystemId!,
            deadline,
            changesThroughput
                ? new UpdateFileSystemThroughputInput { FileSystemId = fileSystemId, ThroughputMode = request.ThroughputMode, ProvisionedThroughputInMibps = request.ProvisionedThroughputInMibps }
                : null,
            request.MountTargetSecurityGroups is { } groups ? new ModifyMountTargetSecurityGroupsInput { FileSystemId = fileSystemId, MountTargetSecurityGroups = groups } : null,
            changesTags ? new UpdateFileSystemTagsInput { FileSystemId = fileSystemId, Tags = request.Tags, RemoveTagKeys = request.RemoveTagKeys } : null,
            request.ReplicationOverwriteProtection is { } protection
                ? new UpdateFileSystemProtectionInput { FileSystemId = fileSystemId, ReplicationOverwriteProtection = protection }
                : null);
    }

    /// <exception cref="ThroughputChangeTooSoonException">EFS refused the change within 24 hours of the last restricted one.</exception>
    public async Task<FileSystemThroughputUpdate> UpdateThroughputAsync(UpdateFileSystemThroughputInput input, CancellationToken cancellationToken)
    {
        var fileSystemId = FileSystemIdInput.Require(input.FileSystemId, "fileSystemId");
        var problems = new List<string>();
        FileSystemUpdateValidator.ValidateThroughput(input.ThroughputMode, input.ProvisionedThroughputInMibps, problems);
        FileSystemUpdateValidator.ThrowIfAny(problems);

        var fileSystem = await DescribeOwnedAsync(fileSystemId, "change its throughput", cancellationToken);
        var mode = input.ThroughputMode ?? fileSystem.ThroughputMode;
        var mibps = input.ProvisionedThroughputInMibps ?? (mode == "provisioned" ? fileSystem.ProvisionedThroughputInMibps : null);
        if (mode == fileSystem.ThroughputMode && mibps == fileSystem.ProvisionedThroughputInMibps)
        {
            return ThroughputUpdate(fileSystem, changed: false);
        }

        try
        {
            var updated = await efs.Home.UpdateFileSystemAsync(
                new Aws.Efs.UpdateFileSystemRequest { FileSystemId = fileSystemId, ThroughputMode = input.ThroughputMode, ProvisionedThroughputInMibps = input.ProvisionedThroughputInMibps },
                cancellationToken);
            return ThroughputUpdate(updated, changed: true);
        }
        catch (TooManyRequestsException tooSoon)
        {
            throw TooSoon(fileSystemId, tooSoon);
        }
    }

    public async Task<FileSystemTagsUpdate> UpdateTagsAsync(UpdateFileSystemTagsInput input, CancellationToken cancellationToken)
    {
        var fileSystemId = FileSystemIdInput.Require(input.FileSystemId, "fileSystemId");
        var problems = new List<string>();
        FileSystemUpdateValidator.ValidateTags(input.Tags, input.RemoveTagKeys, problems);
        FileSystemUpdateValidator.ThrowIfAny(problems);

        var fileSystem = await DescribeOwnedAsync(fileSystemId, "change its tags", cancellationToken);
        var toSet = (input.Tags ?? new Dictionary<string, string>())
            .Where(tag => !fileSystem.Tags.Contains(new Tag(tag.Key, tag.Value)))
            .Select(tag => new Tag(tag.Key, tag.Value))
            .ToList();
        var toRemove = (input.RemoveTagKeys ?? [])
            .Where(key => fileSystem.Tags.Any(tag => tag.Key == key))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (toSet.Count > 0)
        {
            await efs.Home.TagResourceAsync(new TagResourceRequest { ResourceId = fileSystemId, Tags = toSet }, cancellationToken);
        }

        if (toRemove.Count > 0)
        {
            await efs.Home.UntagResourceAsync(new UntagResourceRequest { ResourceId = fileSystemId, TagKeys = toRemove }, cancellationToken);
        }

        return new FileSystemTagsUpdate(fileSystemId, [.. toSet.Select(tag => tag.Key)], toRemove);
    }

    public async Task<FileSystemProtectionUpdate> UpdateProtectionAsync(UpdateFileSystemProtectionInput input, CancellationToken cancellationToken)
    {
        var fileSystemId = FileSystemIdInput.Require(input.FileSystemId, "fileSystemId");
        var problems = new List<string>();
        FileSystemUpdateValidator.ValidateProtection(input.ReplicationOverwriteProtection, problems);
        FileSystemUpdateValidator.ThrowIfAny(problems);

        var fileSystem = await DescribeOwnedAsync(fileSystemId, "change its replication overwrite protection", cancellationToken);
        if (fileSystem.FileSystemProtection?.ReplicationOverwriteProtection == input.ReplicationOverwriteProtection)
        {
            return new FileSystemProtectionUpdate(fileSystemId, input.ReplicationOverwriteProtection);
        }

        var protection = await efs.Home.UpdateFileSystemProtectionAsync(
            new UpdateFileSystemProtectionRequest { FileSystemId = fileSystemId, ReplicationOverwriteProtection = input.ReplicationOverwriteProtection },
            cancellationToken);
        return new FileSystemProtectionUpdate(fileSystemId, protection.ReplicationOverwriteProtection);
    }

    public async Task<FileSystemDescription> DescribeOwnedAsync(string fileSystemId, string whatWouldChange, CancellationToken cancellationToken)
    {
        var fileSystem = await FileSystemLookup.DescribeOneAsync(efs.Home, fileSystemId, cancellationToken);
        FileSystemOwnership.RequireOwned(fileSystem, whatWouldChange);
        return fileSystem;
    }

    private FileSystemThroughputUpdate ThroughputUpdate(FileSystemDescription fileSystem, bool changed) => new(
        fileSystem.FileSystemId!,
        fileSystem.ThroughputMode,
        fileSystem.ProvisionedThroughputInMibps,
        changed,
        fileSystem.LifeCycleState ?? "updating",
        Ready: fileSystem.LifeCycleState == "available",
        updatePolling.UnboundedWaitSeconds(TimeSpan.Zero),
        time.GetUtcNow());

    /// <summary>EFS says when the change may be retried ("Wait until 2023-12-29T12:51:32Z UTC and try again"); without that, 24 hours from now is the latest.</summary>
    private ThroughputChangeTooSoonException TooSoon(string fileSystemId, TooManyRequestsException refusal)
    {
        DateTimeOffset? retryAfter = WaitUntilPattern().Match(refusal.Message) is { Success: true } match
            && DateTimeOffset.TryParse(match.Groups["at"].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? at
                : null;
        var when = retryAfter is { } known
            ? $"Retry at or after {known.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}."
            : $"Retry after 24 hours have passed since the last such change, at the latest at {(time.GetUtcNow() + ThroughputChangeInterval).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}.";
        return new ThroughputChangeTooSoonException(
            $"EFS refused to change the throughput of {fileSystemId}: a throughput mode change or provisioned-throughput decrease is allowed once per 24 hours. {when} (EFS: {refusal.Message})",
            retryAfter,
            refusal);
    }

    [GeneratedRegex(@"[Ww]ait until (?<at>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))")]
    private static partial Regex WaitUntilPattern();
}
