using StorageOps.Simulator.Fleet;

namespace StorageOps.Simulator.Tests.Ec2.Wire;

/// <summary>The seeded network the EC2 wire tests describe: one VPC beside the default VPC, three subnets, one security group.</summary>
internal static class Ec2ConformanceFleet
{
    public const string Region = "eu-central-1";
    public const string Account = "123456789012";
    public const string VpcId = "vpc-0c0ffee000000c0de";
    public const string SubnetA = "subnet-0c0ffee00000000aa";
    public const string SubnetB = "subnet-0c0ffee00000000bb";
    public const string SubnetC = "subnet-0c0ffee00000000cc";
    public const string GroupId = "sg-0c0ffee00000000f5";

    public static FleetSeed Seed { get; } = new()
    {
        Vpcs =
        [
            new VpcSeed
            {
                VpcId = VpcId,
                Region = Region,
                CidrBlock = "10.40.0.0/16",
                Subnets = [new SubnetSeed(SubnetA, Region + "a", "10.40.0.0/24"), new SubnetSeed(SubnetB, Region + "b", "10.40.1.0/24"), new SubnetSeed(SubnetC, Region + "c", "10.40.2.0/24")],
                SecurityGroups = [new SecurityGroupSeed(GroupId, "efs-clients")],
            },
        ],
    };
}
