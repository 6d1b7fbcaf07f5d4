using StorageOps.Simulator.Lifecycle;

namespace StorageOps.Simulator.Efs;

/// <summary>One simulated replication configuration, source and destination possibly in different regions.</summary>
internal sealed class Replication
{
    public required FileSystem Source { get; init; }

    public required FileSystem Destination { get; init; }

    public required DateTimeOffset CreationTime { get; init; }

    public string? RoleArn { get; init; }

    public required ResourceLifecycle Enabling { get; init; }

    /// <summary>What the configuration settles into instead of <c>ENABLED</c> when a fault rule forces it, for example <c>ERROR</c>.</summary>
    public string? ForcedStatus { get; init; }

    public ResourceLifecycle? Deletion { get; private set; }

    public string Status { get; private set; } = ReplicationStatuses.Enabling;

    public DateTimeOffset? LastReplicatedTimestamp { get; private set; }

    public bool IsGone { get; private set; }

    public bool Involves(FileSystem fileSystem) => ReferenceEquals(Source, fileSystem) || ReferenceEquals(Destination, fileSystem);

    public void Observe(DateTimeOffset now, bool isDescribe)
    {
        if (Status == ReplicationStatuses.Enabling && Enabling.Observe(now, isDescribe))
        {
            Status = ForcedStatus ?? ReplicationStatuses.Enabled;
        }
        else if (Status == ReplicationStatuses.Deleting && Deletion!.Observe(now, isDescribe))
        {
            IsGone = true;
        }

        if (Status == ReplicationStatuses.Enabled)
        {
            // An idle source is always fully replicated, so the last sync is "now" on every look.
            LastReplicatedTimestamp = now;
        }
    }

    public void StartDeletion(LifecycleTransition transition, DateTimeOffset now)
    {
        if (Status != ReplicationStatuses.Deleting)
        {
            Status = ReplicationStatuses.Deleting;
            Deletion = new ResourceLifecycle(transition, now);
        }
    }

    private static string? StatusMessageOf(string status) => status switch
    {
        ReplicationStatuses.Error =>
            "Replication to the destination file system has failed: the destination or the KMS key that encrypts it is no longer accessible. "
            + "Restore access, then delete the replication configuration and create it again.",
        ReplicationStatuses.Paused =>
            "Replication is paused because the destination file system's Region is disabled for this account. Enable the Region to resume replication.",
        _ => null,
    };

    public ReplicationConfigurationDescription Describe() => new()
    {
        SourceFileSystemId = Source.FileSystemId,
        SourceFileSystemRegion = Source.Scope.Region,
        SourceFileSystemArn = Source.FileSystemArn,
        OriginalSourceFileSystemArn = Source.FileSystemArn,
        SourceFileSystemOwnerId = Source.OwnerId,
        CreationTime = CreationTime,
        Destinations =
        [
            new ReplicationDestinationDescription
            {
                Status = Status,
                FileSystemId = Destination.FileSystemId,
                Region = Destination.Scope.Region,
                LastReplicatedTimestamp = LastReplicatedTimestamp,
                OwnerId = Destination.OwnerId,
                StatusMessage = StatusMessageOf(Status),
                RoleArn = RoleArn,
            },
        ],
    };
}
