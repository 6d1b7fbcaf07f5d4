namespace StorageOps.Simulator.Efs;

public sealed record FileSystemSize(long Value, long ValueInIA, long ValueInStandard, long ValueInArchive);
