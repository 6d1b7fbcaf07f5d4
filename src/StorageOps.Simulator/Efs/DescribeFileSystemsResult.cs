namespace StorageOps.Simulator.Efs;

public sealed record DescribeFileSystemsResult(IReadOnlyList<FileSystemDescription> FileSystems, string? Marker, string? NextMarker);
