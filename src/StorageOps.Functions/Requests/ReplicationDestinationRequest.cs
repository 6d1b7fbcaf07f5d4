namespace StorageOps.Functions.Requests;

/// <summary>
/// Where to replicate, as EFS CreateReplicationConfiguration's destination: either a new file system
/// (<see cref="Region"/> or <see cref="AvailabilityZoneName"/> for One Zone, optional <see cref="KmsKeyId"/>) or an
/// existing one (<see cref="FileSystemId"/>, an ARN when cross-account, with <see cref="RoleArn"/>).
/// </summary>
public sealed record ReplicationDestinationRequest
{
    public string? Region { get; init; }

    public string? AvailabilityZoneName { get; init; }

    public string? KmsKeyId { get; init; }

    public string? FileSystemId { get; init; }

    public string? RoleArn { get; init; }
}
