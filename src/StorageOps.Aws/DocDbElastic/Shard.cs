namespace StorageOps.Aws.DocDbElastic;

/// <summary>A shard of an elastic cluster.</summary>
public sealed record Shard(string? ShardId, string? Status, DateTimeOffset? CreateTime);
