namespace StorageOps.Aws.Efs;

public sealed record DescribeFileSystemsResponse(IReadOnlyList<FileSystemDescription> FileSystems, string? Marker, string? NextMarker);
