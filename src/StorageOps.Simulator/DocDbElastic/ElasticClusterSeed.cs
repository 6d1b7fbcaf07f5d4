namespace StorageOps.Simulator.DocDbElastic;

/// <summary>A DocumentDB Elastic cluster that exists (ACTIVE) before the first request, with its automated snapshots.</summary>
public sealed record ElasticClusterSeed
{
    public required string ClusterName { get; init; }

    public string AdminUserName { get; init; } = "docdbadmin";

    public int ShardCapacity { get; init; } = 2;

    public int ShardCount { get; init; } = 2;

    /// <summary>Encrypted with a customer managed KMS key; otherwise with the AWS owned key, and copies cannot name a key.</summary>
    public bool CustomerManagedEncryption { get; init; } = true;

    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>How many daily automated snapshots the cluster already has, the newest taken a day before seeding.</summary>
    public int AutomatedSnapshotCount { get; init; } = 3;

    /// <summary>How long before seeding the cluster was created.</summary>
    public TimeSpan Age { get; init; } = TimeSpan.FromDays(30);

    /// <summary>The only region the cluster is seeded into; null seeds it into every region.</summary>
    public string? Region { get; init; }

    /// <summary>The only account the cluster is seeded into; null seeds it into every account.</summary>
    public string? AccountId { get; init; }

    internal bool IsSeededInto(Accounts.AccountRegion scope) =>
        (Region is null || Region == scope.Region) && (AccountId is null || AccountId == scope.AccountId);
}
