namespace StorageOps.Aws.DocDbElastic;

/// <summary>Input of DocumentDB Elastic ListTagsForResource.</summary>
public sealed record ListTagsForResourceRequest
{
    /// <summary>ARN of a cluster or cluster snapshot.</summary>
    public required string ResourceArn { get; init; }
}
