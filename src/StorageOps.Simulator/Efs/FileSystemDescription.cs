namespace StorageOps.Simulator.Efs;

/// <summary>A file system as EFS describes it at one moment.</summary>
public sealed record FileSystemDescription
{
    public required string OwnerId { get; init; }

    public required string CreationToken { get; init; }

    public required string FileSystemId { get; init; }

    public required string FileSystemArn { get; init; }

    public required DateTimeOffset CreationTime { get; init; }

    public required string LifeCycleState { get; init; }

    public string? Name { get; init; }

    public required int NumberOfMountTargets { get; init; }

    public required FileSystemSize SizeInBytes { get; init; }

    public required string PerformanceMode { get; init; }

    public required bool Encrypted { get; init; }

    public string? KmsKeyId { get; init; }

    public required string ThroughputMode { get; init; }

    public double? ProvisionedThroughputInMibps { get; init; }

    public string? AvailabilityZoneName { get; init; }

    public string? AvailabilityZoneId { get; init; }

    public required IReadOnlyList<EfsTag> Tags { get; init; }

    public required string ReplicationOverwriteProtection { get; init; }
}
