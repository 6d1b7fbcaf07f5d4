using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Fleet;

namespace StorageOps.Simulator.Efs;

public sealed partial class EfsBackend
{
    /// <summary>
    /// The network interfaces of the mount targets that exist in <paramref name="scope"/>, in creation order. Reading them is not a
    /// describe of the mount targets, so it advances no describe-based transition.
    /// </summary>
    public IReadOnlyList<MountTargetNetworkInterface> MountTargetNetworkInterfaces(AccountRegion scope)
    {
        lock (gate)
        {
            return [.. Settle(scope).MountTargets.Where(mountTarget => !mountTarget.IsGone).Select(mountTarget => new MountTargetNetworkInterface
            {
                NetworkInterfaceId = mountTarget.NetworkInterfaceId,
                MountTargetId = mountTarget.MountTargetId,
                FileSystemId = mountTarget.FileSystemId,
                SubnetId = mountTarget.SubnetId,
                VpcId = mountTarget.VpcId,
                AvailabilityZoneName = mountTarget.AvailabilityZoneName,
                PrivateIpAddress = Ipv4Cidr.FormatAddress(mountTarget.IpAddress),
                SecurityGroups = [.. mountTarget.SecurityGroups],
            })];
        }
    }
}
