namespace StorageOps.Aws.Efs;

/// <summary>Input of EFS TagResource.</summary>
public sealed record TagResourceRequest
{
    /// <summary>File system or access point id (<c>fs-…</c>, <c>fsap-…</c>) or ARN.</summary>
    public required string ResourceId { get; init; }

    public required IReadOnlyList<Tag> Tags { get; init; }
}
