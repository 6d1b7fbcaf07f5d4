using StorageOps.Simulator.Lifecycle;

namespace StorageOps.Simulator.Efs;

/// <summary>The mutable state of one simulated file system; only <see cref="EfsBackend"/> touches it, under its lock.</summary>
internal sealed class FileSystem
{
    public required long Sequence { get; init; }

    public required string OwnerId { get; init; }

    public required string FileSystemId { get; init; }

    public required string FileSystemArn { get; init; }

    public required string CreationToken { get; init; }

    public required DateTimeOffset CreationTime { get; init; }

    public required string PerformanceMode { get; init; }

    public required bool Encrypted { get; init; }

    public string? KmsKeyId { get; init; }

    public required string ThroughputMode { get; init; }

    public double? ProvisionedThroughputInMibps { get; init; }

    public string? AvailabilityZoneName { get; init; }

    public string? AvailabilityZoneId { get; init; }

    public required bool Backup { get; init; }

    public required List<EfsTag> Tags { get; init; }

    public required ResourceLifecycle Creation { get; init; }

    public string LifeCycleState { get; private set; } = LifeCycleStates.Creating;

    public int NumberOfMountTargets { get; init; }

    public string ReplicationOverwriteProtection { get; init; } = "ENABLED";

    // Metadata of an empty file system, as EFS reports it.
    public FileSystemSize SizeInBytes { get; init; } = new(6144, 0, 6144, 0);

    /// <summary>Advances the lifecycle to <paramref name="now"/>; a describe counts towards describe-based transitions.</summary>
    public void Observe(DateTimeOffset now, bool isDescribe)
    {
        if (LifeCycleState == LifeCycleStates.Creating && Creation.Observe(now, isDescribe))
        {
            LifeCycleState = LifeCycleStates.Available;
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
