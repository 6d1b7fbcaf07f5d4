namespace StorageOps.Aws.Efs;

/// <summary>A mount target as EFS describes it (CreateMountTarget's response and each DescribeMountTargets item).</summary>
public sealed record MountTargetDescription
{
    public string? MountTargetId { get; init; }

    public string? FileSystemId { get; init; }

    public string? SubnetId { get; init; }

    /// <summary><c>creating</c>, <c>available</c>, <c>updating</c>, <c>deleting</c>, <c>deleted</c> or <c>error</c>.</summary>
    public string? LifeCycleState { get; init; }

    public string? OwnerId { get; init; }

    public string? IpAddress { get; init; }

    public string? Ipv6Address { get; init; }

    public string? NetworkInterfaceId { get; init; }

    public string? AvailabilityZoneId { get; init; }

    public string? AvailabilityZoneName { get; init; }

    public string? VpcId { get; init; }
}
