namespace StorageOps.Simulator.Efs;

public sealed record DescribeReplicationConfigurationsRequest
{
    public string? FileSystemId { get; init; }

    public int? MaxResults { get; init; }

    public string? NextToken { get; init; }
}
