namespace StorageOps.Simulator.Rds;

/// <summary>The members of CreateDBCluster the simulator honours; enough to create an Aurora cluster to snapshot.</summary>
public sealed record CreateDBClusterRequest
{
    public string? DBClusterIdentifier { get; init; }

    public string? Engine { get; init; }

    public string? EngineVersion { get; init; }

    public string? MasterUsername { get; init; }

    public bool? StorageEncrypted { get; init; }

    public IReadOnlyList<RdsTag>? Tags { get; init; }
}
