namespace StorageOps.Aws.Efs;

/// <summary>Input of EFS CreateFileSystem; member names are the service model's.</summary>
public sealed record CreateFileSystemRequest
{
    /// <summary>Idempotency token, 1 to 64 ASCII characters.</summary>
    public required string CreationToken { get; init; }

    /// <summary><c>generalPurpose</c> or <c>maxIO</c>.</summary>
    public string? PerformanceMode { get; init; }

    public bool? Encrypted { get; init; }

    public string? KmsKeyId { get; init; }

    /// <summary><c>bursting</c>, <c>provisioned</c> or <c>elastic</c>.</summary>
    public string? ThroughputMode { get; init; }

    public double? ProvisionedThroughputInMibps { get; init; }

    /// <summary>Set for a One Zone file system.</summary>
    public string? AvailabilityZoneName { get; init; }

    public bool? Backup { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }
}
