namespace StorageOps.Aws.Efs;

/// <summary>Input of EFS DescribeReplicationConfigurations; without FileSystemId, every configuration of the account and Region.</summary>
public sealed record DescribeReplicationConfigurationsRequest
{
    public string? FileSystemId { get; init; }

    public string? NextToken { get; init; }

    public int? MaxResults { get; init; }
}
