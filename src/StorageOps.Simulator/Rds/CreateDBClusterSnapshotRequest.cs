namespace StorageOps.Simulator.Rds;

public sealed record CreateDBClusterSnapshotRequest
{
    public string? DBClusterSnapshotIdentifier { get; init; }

    public string? DBClusterIdentifier { get; init; }

    public IReadOnlyList<RdsTag>? Tags { get; init; }
}
