using StorageOps.Aws.Efs;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.FileSystems;
using StorageOps.Functions.Ownership;
using StorageOps.Functions.Polling;
using StorageOps.Functions.Requests;

namespace StorageOps.Functions.MountTargets;

/// <summary>Creates mount targets idempotently (one per subnet), reports their readiness, and deletes those of file systems we own.</summary>
public sealed class MountTargetManager
{
    /// <summary>EFS codes for a mount target that no retry will create; they become <see cref="ErrorNames.MountTargetRejected"/>.</summary>
    private static readonly HashSet<string> RejectionCodes =
    [
        "SubnetNotFound", "SecurityGroupNotFound", "SecurityGroupLimitExceeded", "IpAddressInUse", "NoFreeAddressesInSubnet",
        "AvailabilityZonesMismatch", "UnsupportedAvailabilityZone", "NetworkInterfaceLimitExceeded", "MountTargetConflict",
    ];

    private readonly RegionalClients<IEfsClient> efs;
    private readonly TimeProvider time;
    private readonly PollingSchedule creationPolling;
    private readonly PollingSchedule deletionPolling;

    public MountTargetManager(RegionalClients<IEfsClient> efs, TimeProvider time, PollingSchedules? polling = null)
    {
        this.efs = efs;
        this.time = time;
        creationPolling = (polling ?? PollingSchedules.Default).For(PolledOperation.MountTargetCreation);
        deletionPolling = (polling ?? PollingSchedules.Default).For(PolledOperation.MountTargetDeletion);
    }

    /// <summary>
    /// Creates the mount target, or returns the one the file system already has in that subnet: a retry, a duplicate
    /// delivery or a concurrent execution of the same request never makes a second one.
    /// </summary>
    public async Task<CreatedMountTarget> CreateAsync(CreateMountTargetInput input, CancellationToken cancellationToken)
    {
        var (fileSystemId, placement) = Validate(input);
        if (await FindInSubnetAsync(fileSystemId, placement.SubnetId!, cancellationToken) is { } existing)
        {
            return Created(fileSystemId, existing, alreadyExisted: true);
        }

        try
        {
            var created = await efs.Home.CreateMountTargetAsync(
                new CreateMountTargetRequest
                {
                    FileSystemId = fileSystemId,
                    SubnetId = placement.SubnetId!,
                    SecurityGroups = placement.SecurityGroups,
                    IpAddress = placement.IpAddress,
                },
                cancellationToken);
            return Created(fileSystemId, Summarise(created), alreadyExisted: false);
        }
        catch (MountTargetConflictException conflict)
        {
            // A concurrent execution of the same request may have created it between our describe and our create.
            return await FindInSubnetAsync(fileSystemId, placement.SubnetId!, cancellationToken) is { } raced
                ? Created(fileSystemId, raced, alreadyExisted: true)
                : throw Rejected(placement, conflict);
        }
        catch (EfsServiceException rejected) when (RejectionCodes.Contains(rejected.ErrorCode ?? ""))
        {
            throw Rejected(placement, rejected);
        }
    }

    public async Task<MountTargetsStatus> DescribeAsync(DescribeMountTargetsInput input, CancellationToken cancellationToken)
    {
        var fileSystemId = RequireFileSystemId(input.FileSystemId);
        if (input.ExpectedCount is < 0)
        {
            throw new InvalidInputException("expectedCount: must not be negative");
        }

        var now = time.GetUtcNow();
        var mountTargets = await ListAsync(fileSystemId, cancellationToken);

        // While mount targets are awaited, one being deleted will not become available either.
        var failed = input.ExpectedCount is null
            ? mountTargets.Any(mountTarget => mountTarget.LifeCycleState == "error")
            : mountTargets.Any(mountTarget => mountTarget.LifeCycleState is "error" or "deleting" or "deleted");
        return new MountTargetsStatus(
            fileSystemId,
            mountTargets,
            Ready: mountTargets.Count >= (input.ExpectedCount ?? 0) && mountTargets.All(mountTarget => mountTarget.LifeCycleState == "available"),
            Failed: failed,
            Gone: mountTargets.Count == 0,
            NotDeletingCount: mountTargets.Count(mountTarget => mountTarget.LifeCycleState != "deleting"),
            // Awaiting a count means awaiting creation; without one, the wait is for the mount targets to be gone.
            (input.ExpectedCount is null ? deletionPolling : creationPolling).SecondsUntilNextPoll(input.Since ?? now, now, deadline: null),
            now);
    }

    /// <summary>Asks EFS to delete every mount target of a file system we may delete; a file system already gone has none.</summary>
    /// <exception cref="NotOwnedException">The file system is not ours (or not the rollback's request's) and force is not set.</exception>
    public async Task<MountTargetDeletion> DeleteAllAsync(DeleteMountTargetsInput input, CancellationToken cancellationToken)
    {
        var fileSystemId = RequireFileSystemId(input.FileSystemId);
        var deadline = DeletionDeadline(input.TimeoutSeconds);
        var now = time.GetUtcNow();
        if (await FileSystemLookup.FindAsync(efs.Home, fileSystemId, cancellationToken) is not { } fileSystem)
        {
            return new MountTargetDeletion(fileSystemId, [], now, deadline, FirstPollSeconds(deletionPolling));
        }

        FileSystemOwnership.RequireDeletable(fileSystem, input.CreatedByRequestId, input.Force ?? false);
        var deleting = new List<string>();
        foreach (var mountTarget in await ListAsync(fileSystemId, cancellationToken))
        {
            if (mountTarget.LifeCycleState != "deleting")
            {
                try
                {
                    await efs.Home.DeleteMountTargetAsync(new DeleteMountTargetRequest { MountTargetId = mountTarget.MountTargetId }, cancellationToken);
                }
                catch (MountTargetNotFoundException)
                {
                    continue;
                }
            }

            deleting.Add(mountTarget.MountTargetId);
        }

        return new MountTargetDeletion(fileSystemId, deleting, now, deadline, FirstPollSeconds(deletionPolling));
    }

    private static int FirstPollSeconds(PollingSchedule schedule) => schedule.UnboundedWaitSeconds(TimeSpan.Zero);

    private CreatedMountTarget Created(string fileSystemId, MountTargetSummary mountTarget, bool alreadyExisted) =>
        new(fileSystemId, mountTarget, alreadyExisted, time.GetUtcNow(), FirstPollSeconds(creationPolling));

    private DateTimeOffset DeletionDeadline(int? timeoutSeconds)
    {
        var problems = new List<string>();
        RequestFieldRules.TimeoutSeconds(timeoutSeconds, problems);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        return time.GetUtcNow() + (timeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : FileSystemProvisioner.DefaultTimeout);
    }

    private async Task<MountTargetSummary?> FindInSubnetAsync(string fileSystemId, string subnetId, CancellationToken cancellationToken) =>
        (await ListAsync(fileSystemId, cancellationToken)).Find(mountTarget => mountTarget.SubnetId == subnetId && mountTarget.LifeCycleState != "deleting");

    private async Task<List<MountTargetSummary>> ListAsync(string fileSystemId, CancellationToken cancellationToken)
    {
        var mountTargets = new List<MountTargetSummary>();
        try
        {
            await foreach (var mountTarget in efs.Home.DescribeAllMountTargetsAsync(new DescribeMountTargetsRequest { FileSystemId = fileSystemId }, cancellationToken))
            {
                mountTargets.Add(Summarise(mountTarget));
            }
        }
        catch (FileSystemNotFoundException)
        {
            return [];
        }

        // EFS lists mount targets in no documented order, and a Map creates them concurrently: order them by zone and
        // subnet so a workflow's output is the same on every run.
        return [.. mountTargets
            .OrderBy(mountTarget => mountTarget.AvailabilityZoneName, StringComparer.Ordinal)
            .ThenBy(mountTarget => mountTarget.SubnetId, StringComparer.Ordinal)];
    }

    private static MountTargetSummary Summarise(MountTargetDescription mountTarget) => new(
        mountTarget.MountTargetId ?? throw new InvalidOperationException("EFS described a mount target without a MountTargetId."),
        mountTarget.SubnetId ?? "",
        mountTarget.AvailabilityZoneName,
        mountTarget.IpAddress,
        mountTarget.NetworkInterfaceId,
        mountTarget.LifeCycleState ?? "unknown");

    private static MountTargetRejectedException Rejected(MountTargetRequest placement, EfsServiceException rejected) =>
        new($"EFS refused the mount target in subnet {placement.SubnetId}: {rejected.ErrorCode}: {rejected.Message}", rejected);

    private static (string FileSystemId, MountTargetRequest Placement) Validate(CreateMountTargetInput input)
    {
        var problems = new List<string>();
        RequestFieldRules.RequiredFileSystemId("fileSystemId", input.FileSystemId, problems);
        if (input.MountTarget is not { } placement)
        {
            problems.Add("mountTarget: is required");
        }
        else
        {
            if (placement.SubnetId is not { } subnetId || !RequestFieldRules.IsSubnetId(subnetId))
            {
                problems.Add($"mountTarget.subnetId: '{placement.SubnetId}' is not a subnet id (subnet-0123abcd...)");
            }

            RequestFieldRules.SecurityGroups("mountTarget.securityGroups", placement.SecurityGroups, minimumCount: 1, problems);
            if (placement.IpAddress is { } ipAddress && !RequestFieldRules.IsIpv4Address(ipAddress))
            {
                problems.Add($"mountTarget.ipAddress: '{ipAddress}' is not an IPv4 address");
            }
        }

        return problems.Count > 0 ? throw new InvalidInputException(problems) : (FileSystemLookup.IdOf(input.FileSystemId!), input.MountTarget!);
    }

    private static string RequireFileSystemId(string? fileSystemId)
    {
        var problems = new List<string>();
        RequestFieldRules.RequiredFileSystemId("fileSystemId", fileSystemId, problems);
        return problems.Count > 0 ? throw new InvalidInputException(problems) : FileSystemLookup.IdOf(fileSystemId!);
    }
}
