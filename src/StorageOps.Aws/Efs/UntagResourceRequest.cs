namespace StorageOps.Aws.Efs;

/// <summary>Input of EFS UntagResource (the keys travel as repeated <c>tagKeys</c> query parameters).</summary>
public sealed record UntagResourceRequest
{
    public required string ResourceId { get; init; }

    public required IReadOnlyList<string> TagKeys { get; init; }
}
