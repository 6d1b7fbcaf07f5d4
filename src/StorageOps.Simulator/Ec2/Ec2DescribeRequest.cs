namespace StorageOps.Simulator.Ec2;

/// <summary>What every simulated EC2 describe takes: resource ids, filters and pagination.</summary>
public sealed record Ec2DescribeRequest
{
    public IReadOnlyList<string> Ids { get; init; } = [];

    public IReadOnlyList<Ec2Filter> Filters { get; init; } = [];

    public int? MaxResults { get; init; }

    public string? NextToken { get; init; }
}
