namespace StorageOps.Simulator.Efs;

/// <summary>The elastic network interface EFS creates in a subnet for one mount target, as EC2 describes it.</summary>
public sealed record MountTargetNetworkInterface
{
    public required string NetworkInterfaceId { get; init; }

    public required string MountTargetId { get; init; }

    public required string FileSystemId { get; init; }

    public required string SubnetId { get; init; }

    public required string VpcId { get; init; }

    public required string AvailabilityZoneName { get; init; }

    public required string PrivateIpAddress { get; init; }

    public required IReadOnlyList<string> SecurityGroups { get; init; }
}
