namespace StorageOps.Simulator.Efs;

/// <summary>The members of EFS <c>DescribeMountTargets</c>: exactly one of the three ids.</summary>
public sealed record DescribeMountTargetsRequest
{
    public string? FileSystemId { get; init; }

    public string? MountTargetId { get; init; }

    public string? AccessPointId { get; init; }

    public int? MaxItems { get; init; }

    public string? Marker { get; init; }
}
