namespace StorageOps.Functions.Networking;

/// <summary>Looks up subnets and security groups; ids that do not exist are simply absent from the answer.</summary>
public interface INetworkDirectory
{
    Task<IReadOnlyList<NetworkSubnet>> FindSubnetsAsync(IReadOnlyCollection<string> subnetIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<NetworkSecurityGroup>> FindSecurityGroupsAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken);
}
