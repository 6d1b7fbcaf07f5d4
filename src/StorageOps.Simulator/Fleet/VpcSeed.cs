namespace StorageOps.Simulator.Fleet;

/// <summary>A seeded VPC in one region; <see cref="AccountId"/> null means the simulator's own account.</summary>
public sealed record VpcSeed
{
    public required string VpcId { get; init; }

    public required string Region { get; init; }

    public string? AccountId { get; init; }

    public required string CidrBlock { get; init; }

    public bool IsDefault { get; init; }

    public IReadOnlyList<SubnetSeed> Subnets { get; init; } = [];

    public IReadOnlyList<SecurityGroupSeed> SecurityGroups { get; init; } = [];
}
