namespace StorageOps.Functions.Networking;

public sealed record NetworkSecurityGroup(string GroupId, string VpcId);
