namespace StorageOps.Simulator.Ec2;

public sealed record Ec2SubnetDescription
{
    public required string SubnetId { get; init; }

    public required string SubnetArn { get; init; }

    public required string VpcId { get; init; }

    public required string OwnerId { get; init; }

    public required string CidrBlock { get; init; }

    public required string AvailabilityZone { get; init; }

    public required string AvailabilityZoneId { get; init; }

    public required long AvailableIpAddressCount { get; init; }

    public required bool DefaultForAz { get; init; }
}
