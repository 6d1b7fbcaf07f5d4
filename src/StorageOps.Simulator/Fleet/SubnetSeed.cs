namespace StorageOps.Simulator.Fleet;

public sealed record SubnetSeed(string SubnetId, string AvailabilityZone, string CidrBlock);
