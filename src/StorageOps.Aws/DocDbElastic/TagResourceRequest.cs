namespace StorageOps.Aws.DocDbElastic;

/// <summary>Input of DocumentDB Elastic TagResource.</summary>
public sealed record TagResourceRequest
{
    /// <summary>ARN of a cluster or cluster snapshot.</summary>
    public required string ResourceArn { get; init; }

    public required IReadOnlyDictionary<string, string> Tags { get; init; }
}
