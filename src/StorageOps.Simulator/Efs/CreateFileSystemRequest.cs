namespace StorageOps.Simulator.Efs;

/// <summary>The members of EFS <c>CreateFileSystem</c>; null means the caller left the member out.</summary>
public sealed record CreateFileSystemRequest
{
    public string? CreationToken { get; init; }

    public string? PerformanceMode { get; init; }

    public bool? Encrypted { get; init; }

    public string? KmsKeyId { get; init; }

    public string? ThroughputMode { get; init; }

    public double? ProvisionedThroughputInMibps { get; init; }

    public string? AvailabilityZoneName { get; init; }

    public bool? Backup { get; init; }

    public IReadOnlyList<EfsTag>? Tags { get; init; }
}
