namespace StorageOps.Simulator.Efs;

/// <summary>The members of EFS <c>DescribeFileSystems</c>; with neither id nor token it lists every file system.</summary>
public sealed record DescribeFileSystemsRequest
{
    /// <summary>A file system id or its ARN.</summary>
    public string? FileSystemId { get; init; }

    public string? CreationToken { get; init; }

    public int? MaxItems { get; init; }

    public string? Marker { get; init; }
}
