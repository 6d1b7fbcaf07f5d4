namespace StorageOps.Simulator.Ec2;

public sealed record Ec2NetworkInterfaceDescription
{
    public required string NetworkInterfaceId { get; init; }

    public required string SubnetId { get; init; }

    public required string VpcId { get; init; }

    public required string AvailabilityZone { get; init; }

    public required string Description { get; init; }

    public required string OwnerId { get; init; }

    public required string Status { get; init; }

    public required string MacAddress { get; init; }

    public required string PrivateIpAddress { get; init; }

    public required string PrivateDnsName { get; init; }

    /// <summary>Each group's id and name.</summary>
    public required IReadOnlyList<(string GroupId, string GroupName)> Groups { get; init; }
}
