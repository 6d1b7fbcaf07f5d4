namespace StorageOps.Aws.DocDbElastic;

/// <summary>Input of DocumentDB Elastic UntagResource (the keys travel as repeated <c>tagKeys</c> query parameters).</summary>
public sealed record UntagResourceRequest
{
    /// <summary>ARN of a cluster or cluster snapshot.</summary>
    public required string ResourceArn { get; init; }

    public required IReadOnlyList<string> TagKeys { get; init; }
}
