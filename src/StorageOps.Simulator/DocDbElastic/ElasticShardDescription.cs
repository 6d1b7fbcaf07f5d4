namespace StorageOps.Simulator.DocDbElastic;

public sealed record ElasticShardDescription(DateTimeOffset CreateTime, string ShardId, string Status);
