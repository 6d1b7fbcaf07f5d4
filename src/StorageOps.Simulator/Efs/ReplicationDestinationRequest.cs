namespace StorageOps.Simulator.Efs;

/// <summary>The <c>DestinationToCreate</c> shape: a new file system (Region, zone, key) or an existing one (FileSystemId).</summary>
public sealed record ReplicationDestinationRequest
{
    public string? Region { get; init; }

    public string? AvailabilityZoneName { get; init; }

    public string? KmsKeyId { get; init; }

    public string? FileSystemId { get; init; }

    public string? RoleArn { get; init; }
}
