namespace StorageOps.Aws.Efs;

/// <summary>Input of EFS DescribeFileSystems; set at most one of <see cref="CreationToken"/> and <see cref="FileSystemId"/>.</summary>
public sealed record DescribeFileSystemsRequest
{
    public int? MaxItems { get; init; }

    public string? Marker { get; init; }

    public string? CreationToken { get; init; }

    public string? FileSystemId { get; init; }
}
