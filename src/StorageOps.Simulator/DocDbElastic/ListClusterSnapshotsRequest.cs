namespace StorageOps.Simulator.DocDbElastic;

public sealed record ListClusterSnapshotsRequest
{
    public string? ClusterArn { get; init; }

    /// <summary><c>manual</c> or <c>automated</c> (documented lower case; upper case is accepted too).</summary>
    public string? SnapshotType { get; init; }

    /// <summary>Between 20 and 100; 100 when null.</summary>
    public int? MaxResults { get; init; }

    public string? NextToken { get; init; }
}
