namespace StorageOps.Simulator.Fleet;

/// <summary>
/// The pre-existing infrastructure the simulator starts with: VPCs with their subnets and security groups.
/// A fleet seed file deserialises into this record; without one, <see cref="Default"/> gives every region a default VPC.
/// </summary>
public sealed record FleetSeed
{
    /// <summary>Every region of every account gets a default VPC with subnets in three Availability Zones.</summary>
    public static FleetSeed Default { get; } = new();

    public IReadOnlyList<VpcSeed> Vpcs { get; init; } = [];

    /// <summary>Whether regions without a seeded default VPC get the generated one of <see cref="DefaultVpc"/>.</summary>
    public bool DefaultVpcInEveryRegion { get; init; } = true;
}
