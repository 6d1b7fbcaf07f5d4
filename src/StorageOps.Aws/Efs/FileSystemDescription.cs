namespace StorageOps.Aws.Efs;

/// <summary>A file system as EFS describes it (CreateFileSystem's response and each DescribeFileSystems item).</summary>
public sealed record FileSystemDescription
{
    public string? FileSystemId { get; init; }

    public string? FileSystemArn { get; init; }

    public string? OwnerId { get; init; }

    public string? CreationToken { get; init; }

    public DateTimeOffset? CreationTime { get; init; }

    /// <summary><c>creating</c>, <c>available</c>, <c>updating</c>, <c>deleting</c>, <c>deleted</c> or <c>error</c>.</summary>
    public string? LifeCycleState { get; init; }

    public string? Name { get; init; }

    public int NumberOfMountTargets { get; init; }

    public FileSystemSize? SizeInBytes { get; init; }

    public string? PerformanceMode { get; init; }

    public bool? Encrypted { get; init; }

    public string? KmsKeyId { get; init; }

    public string? ThroughputMode { get; init; }

    public double? ProvisionedThroughputInMibps { get; init; }

    public string? AvailabilityZoneName { get; init; }

    public string? AvailabilityZoneId { get; init; }

    public IReadOnlyList<Tag> Tags { get; init; } = [];

    public FileSystemProtectionDescription? FileSystemProtection { get; init; }
}
