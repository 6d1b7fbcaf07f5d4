namespace StorageOps.Functions.Networking;

/// <summary>A subnet as placement needs it: where it is and which addresses it holds.</summary>
public sealed record NetworkSubnet(string SubnetId, string VpcId, string AvailabilityZoneName, string AvailabilityZoneId, string CidrBlock);
