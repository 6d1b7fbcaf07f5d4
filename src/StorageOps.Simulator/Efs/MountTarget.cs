using StorageOps.Simulator.Fleet;
using StorageOps.Simulator.Lifecycle;

namespace StorageOps.Simulator.Efs;

/// <summary>The mutable state of one simulated mount target; only <see cref="EfsBackend"/> touches it, under its lock.</summary>
internal sealed class MountTarget
{
    public required long Sequence { get; init; }

    public required string OwnerId { get; init; }

    public required string MountTargetId { get; init; }

    public required string FileSystemId { get; init; }

    public required string SubnetId { get; init; }

    public required string VpcId { get; init; }

    public required string AvailabilityZoneName { get; init; }

    public required string AvailabilityZoneId { get; init; }

    public required uint IpAddress { get; init; }

    public required string NetworkInterfaceId { get; init; }

    public required List<string> SecurityGroups { get; set; }

    public required ResourceLifecycle Creation { get; init; }

    /// <summary>The state creation settles into instead of <c>available</c> (a fault rule's <c>forcedState</c>), for example <c>error</c>.</summary>
    public string? ForcedState { get; init; }

    public ResourceLifecycle? Deletion { get; private set; }

    public string LifeCycleState { get; private set; } = LifeCycleStates.Creating;

    public bool IsGone { get; private set; }

    public void Observe(DateTimeOffset now, bool isDescribe)
    {
        if (LifeCycleState == LifeCycleStates.Creating && Creation.Observe(now, isDescribe))
        {
            LifeCycleState = ForcedState ?? LifeCycleStates.Available;
        }
        else if (LifeCycleState == LifeCycleStates.Deleting && Deletion!.Observe(now, isDescribe))
        {
            IsGone = true;
        }
    }

    public void StartDeletion(LifecycleTransition transition, DateTimeOffset now)
    {
        if (LifeCycleState != LifeCycleStates.Deleting)
        {
            LifeCycleState = LifeCycleStates.Deleting;
            Deletion = new ResourceLifecycle(transition, now);
        }
    }

    public MountTargetDescription Describe() => new()
    {
        OwnerId = OwnerId,
        MountTargetId = MountTargetId,
        FileSystemId = FileSystemId,
        SubnetId = SubnetId,
        LifeCycleState = LifeCycleState,
        IpAddress = Ipv4Cidr.FormatAddress(IpAddress),
        NetworkInterfaceId = NetworkInterfaceId,
        AvailabilityZoneId = AvailabilityZoneId,
        AvailabilityZoneName = AvailabilityZoneName,
        VpcId = VpcId,
    };
}
