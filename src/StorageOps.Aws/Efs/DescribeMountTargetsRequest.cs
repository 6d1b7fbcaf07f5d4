namespace StorageOps.Aws.Efs;

/// <summary>Input of EFS DescribeMountTargets; set exactly one of FileSystemId, MountTargetId and AccessPointId.</summary>
public sealed record DescribeMountTargetsRequest
{
    public int? MaxItems { get; init; }

    public string? Marker { get; init; }

    public string? FileSystemId { get; init; }

    public string? MountTargetId { get; init; }

    public string? AccessPointId { get; init; }
}
