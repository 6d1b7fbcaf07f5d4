namespace StorageOps.Functions.Networking;

/// <summary>Where one requested mount target will be: its subnet and that subnet's Availability Zone name and id.</summary>
public sealed record PlacedMountTarget(string SubnetId, string AvailabilityZoneName, string AvailabilityZoneId);
