namespace StorageOps.Simulator.Ec2;

public sealed record Ec2SecurityGroupDescription
{
    public required string GroupId { get; init; }

    public required string GroupName { get; init; }

    public required string Description { get; init; }

    public required string VpcId { get; init; }

    public required string OwnerId { get; init; }

    public required string SecurityGroupArn { get; init; }
}
