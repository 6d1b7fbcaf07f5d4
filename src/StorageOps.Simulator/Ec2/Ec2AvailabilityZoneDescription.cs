namespace StorageOps.Simulator.Ec2;

public sealed record Ec2AvailabilityZoneDescription(string ZoneName, string ZoneId, string RegionName);
