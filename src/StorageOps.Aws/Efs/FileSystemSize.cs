namespace StorageOps.Aws.Efs;

public sealed record FileSystemSize(long Value, DateTimeOffset? Timestamp, long? ValueInIA, long? ValueInStandard, long? ValueInArchive);
