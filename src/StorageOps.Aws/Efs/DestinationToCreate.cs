namespace StorageOps.Aws.Efs;

/// <summary>
/// The destination of a new replication configuration. A new file system: <see cref="Region"/> (and for One Zone
/// <see cref="AvailabilityZoneName"/>, optionally <see cref="KmsKeyId"/>). An existing file system: <see cref="FileSystemId"/>
/// (an ARN across accounts). Either may name the IAM role EFS replicates with in <see cref="RoleArn"/>, as the model allows.
/// </summary>
public sealed record DestinationToCreate
{
    public string? Region { get; init; }

    public string? AvailabilityZoneName { get; init; }

    public string? KmsKeyId { get; init; }

    public string? FileSystemId { get; init; }

    public string? RoleArn { get; init; }
}
