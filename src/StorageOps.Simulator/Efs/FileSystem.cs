using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Lifecycle;

namespace StorageOps.Simulator.Efs;

/// <summary>The mutable state of one simulated file system; only <see cref="EfsBackend"/> touches it, under its lock.</summary>
internal sealed class FileSystem
{
    public required long Sequence { get; init; }

    public required AccountRegion Scope { get; init; }

    public required string OwnerId { get; init; }

    public required string FileSystemId { get; init; }

    public required string FileSystemArn { get; init; }

    public required string CreationToken { get; init; }

    public required DateTimeOffset CreationTime { get; init; }

    public required string PerformanceMode { get; init; }

    public required bool Encrypted { get; init; }

    public string? KmsKeyId { get; init; }

    public required string ThroughputMode { get; set; }

    public double? ProvisionedThroughputInMibps { get; set; }

    /// <summary>When the throughput mode last changed or provisioned throughput last decreased; EFS allows one such change per 24 hours.</summary>
    public DateTimeOffset? LastRestrictedThroughputChange { get; set; }

    public string? AvailabilityZoneName { get; init; }

    public string? AvailabilityZoneId { get; init; }

    public required bool Backup { get; init; }

    public required List<EfsTag> Tags { get; init; }

    public required ResourceLifecycle Creation { get; init; }

    /// <summary>The state creation settles into instead of <c>available</c> (a fault rule's <c>forcedState</c>), for example <c>error</c>.</summary>
    public string? ForcedState { get; init; }

    public ResourceLifecycle? Deletion { get; private set; }

    public ResourceLifecycle? Update { get; private set; }

    public string LifeCycleState { get; private set; } = LifeCycleStates.Creating;

    /// <summary>Set once a deletion has completed; the backend then forgets the file system.</summary>
    public bool IsGone { get; private set; }

    public int NumberOfMountTargets { get; set; }

    public string ReplicationOverwriteProtection { get; set; } = ReplicationOverwriteProtections.Enabled;

    // Metadata of an empty file system, as EFS reports it.
    public FileSystemSize SizeInBytes { get; init; } = new(6144, 0, 6144, 0);

    /// <summary>Advances the lifecycle to <paramref name="now"/>; a describe counts towards describe-based transitions.</summary>
    public void Observe(DateTimeOffset now, bool isDescribe)
    {
        if (LifeCycleState == LifeCycleStates.Creating && Creation.Observe(now, isDescribe))
        {
            LifeCycleState = ForcedState ?? LifeCycleStates.Available;
        }
        else if (LifeCycleState == LifeCycleStates.Updating && Update!.Observe(now, isDescribe))
        {
            LifeCycleState = LifeCycleStates.Available;
        }
        else if (LifeCycleState == LifeCycleStates.Deleting && Deletion!.Observe(now, isDescribe))
        {
            IsGone = true;
        }
    }

    /// <summary>A throughput change is being applied: <c>updating</c>, then <c>available</c> again.</summary>
    public void StartUpdate(LifecycleTransition transition, DateTimeOffset now)
    {
        LifeCycleState = LifeCycleStates.Updating;
        Update = new ResourceLifecycle(transition, now);
    }

    public void StartDeletion(LifecycleTransition transition, DateTimeOffset now)
    {
        if (LifeCycleState != LifeCycleStates.Deleting)
        {
            LifeCycleState = LifeCycleStates.Deleting;
            Deletion = new ResourceLifecycle(transition, now);
        }
    }

    public FileSystemDescription Describe() => new()
    {
        OwnerId = OwnerId,
        CreationToken = CreationToken,
        FileSystemId = FileSystemId,
        FileSystemArn = FileSystemArn,
        CreationTime = CreationTime,
        LifeCycleState = LifeCycleState,
        Name = Tags.Find(tag => tag.Key == "Name")?.Value,
        NumberOfMountTargets = NumberOfMountTargets,
        SizeInBytes = SizeInBytes,
        PerformanceMode = PerformanceMode,
        Encrypted = Encrypted,
        KmsKeyId = KmsKeyId,
        ThroughputMode = ThroughputMode,
        ProvisionedThroughputInMibps = ProvisionedThroughputInMibps,
        AvailabilityZoneName = AvailabilityZoneName,
        AvailabilityZoneId = AvailabilityZoneId,
        Tags = [.. Tags],
        ReplicationOverwriteProtection = ReplicationOverwriteProtection,
    };
}
