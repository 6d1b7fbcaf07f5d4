namespace StorageOps.Simulator.Efs;

public sealed record EfsTag(string Key, string Value);
