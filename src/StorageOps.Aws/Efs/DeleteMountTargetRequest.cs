namespace StorageOps.Aws.Efs;

/// <summary>Input of EFS DeleteMountTarget.</summary>
public sealed record DeleteMountTargetRequest
{
    public required string MountTargetId { get; init; }
}
