namespace StorageOps.Simulator.Fleet;

/// <summary>A subnet as the simulator resolves it: the seed, its VPC and its parsed address range.</summary>
public sealed record SeededSubnet(SubnetSeed Subnet, VpcSeed Vpc, Ipv4Cidr Range);
