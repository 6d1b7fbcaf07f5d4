namespace StorageOps.Simulator.Efs;

/// <summary>The members of EFS <c>UpdateFileSystem</c>; null means the caller left the member out.</summary>
public sealed record UpdateFileSystemRequest
{
    public string? ThroughputMode { get; init; }

    public double? ProvisionedThroughputInMibps { get; init; }
}
