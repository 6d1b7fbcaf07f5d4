namespace StorageOps.Simulator.Rds;

/// <summary>An Aurora DB cluster that exists before the first request, with its automated snapshots.</summary>
public sealed record DBClusterSeed
{
    public required string DBClusterIdentifier { get; init; }

    /// <summary><c>aurora-postgresql</c> or <c>aurora-mysql</c>.</summary>
    public required string Engine { get; init; }

    public required string EngineVersion { get; init; }

    public string Status { get; init; } = DBClusterStatuses.Available;

    public string MasterUsername { get; init; } = "admin";

    public bool StorageEncrypted { get; init; } = true;

    public IReadOnlyList<RdsTag> Tags { get; init; } = [];

    /// <summary>How many daily automated snapshots the cluster already has, the newest taken a day before seeding.</summary>
    public int AutomatedSnapshotCount { get; init; } = 3;

    /// <summary>Manual snapshots of the cluster that already exist; they count towards the manual snapshot quota.</summary>
    public IReadOnlyList<DBClusterSnapshotSeed> ManualSnapshots { get; init; } = [];

    /// <summary>How long before seeding the cluster was created.</summary>
    public TimeSpan Age { get; init; } = TimeSpan.FromDays(30);

    /// <summary>The only region the cluster is seeded into; null seeds it into every region.</summary>
    public string? Region { get; init; }

    /// <summary>The only account the cluster is seeded into; null seeds it into every account.</summary>
    public string? AccountId { get; init; }

    internal bool IsSeededInto(Accounts.AccountRegion scope) =>
        (Region is null || Region == scope.Region) && (AccountId is null || AccountId == scope.AccountId);
}
