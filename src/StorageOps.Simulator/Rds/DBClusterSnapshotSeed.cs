namespace StorageOps.Simulator.Rds;

/// <summary>A manual cluster snapshot that exists before the first request (made by someone else, say), <c>available</c>.</summary>
public sealed record DBClusterSnapshotSeed
{
    public required string DBClusterSnapshotIdentifier { get; init; }

    /// <summary>How long before seeding it was taken.</summary>
    public TimeSpan Age { get; init; } = TimeSpan.FromDays(1);

    public IReadOnlyList<RdsTag> Tags { get; init; } = [];
}
