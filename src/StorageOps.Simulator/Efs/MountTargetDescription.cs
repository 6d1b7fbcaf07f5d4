namespace StorageOps.Simulator.Efs;

/// <summary>A mount target as EFS describes it at one moment.</summary>
public sealed record MountTargetDescription
{
    public required string OwnerId { get; init; }

    public required string MountTargetId { get; init; }

    public required string FileSystemId { get; init; }

    public required string SubnetId { get; init; }

    public required string LifeCycleState { get; init; }

    public required string IpAddress { get; init; }

    public required string NetworkInterfaceId { get; init; }

    public required string AvailabilityZoneId { get; init; }

    public required string AvailabilityZoneName { get; init; }

    public required string VpcId { get; init; }
}
