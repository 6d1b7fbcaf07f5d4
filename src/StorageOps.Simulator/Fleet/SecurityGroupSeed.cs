namespace StorageOps.Simulator.Fleet;

public sealed record SecurityGroupSeed(string GroupId, string GroupName);
