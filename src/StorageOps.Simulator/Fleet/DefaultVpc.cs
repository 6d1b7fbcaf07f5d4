using System.Security.Cryptography;
using System.Text;
using StorageOps.Simulator.Accounts;

namespace StorageOps.Simulator.Fleet;

/// <summary>
/// The default VPC AWS gives every account in every region (172.31.0.0/16, one /20 subnet per Availability Zone,
/// a security group named <c>default</c>), with ids stable per account and region so printed ids stay valid across restarts.
/// </summary>
public static class DefaultVpc
{
    public const string CidrBlock = "172.31.0.0/16";
    public const string DefaultSecurityGroupName = "default";

    private static readonly string[] ZoneSuffixes = ["a", "b", "c"];

    public static VpcSeed For(AccountRegion scope) => new()
    {
        VpcId = StableId("vpc", scope, "vpc"),
        Region = scope.Region,
        AccountId = scope.AccountId,
        CidrBlock = CidrBlock,
        IsDefault = true,
        Subnets =
        [
            .. ZoneSuffixes.Select((suffix, index) => new SubnetSeed(
                StableId("subnet", scope, suffix),
                scope.Region + suffix,
                $"172.31.{index * 16}.0/20")),
        ],
        SecurityGroups = [new SecurityGroupSeed(StableId("sg", scope, DefaultSecurityGroupName), DefaultSecurityGroupName)],
    };

    internal static string StableId(string prefix, AccountRegion scope, string discriminator)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{prefix}:{scope.AccountId}:{scope.Region}:{discriminator}"));
        return prefix + "-" + Convert.ToHexStringLower(hash)[..17];
    }
}
