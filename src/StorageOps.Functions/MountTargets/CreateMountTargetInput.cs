using StorageOps.Functions.Requests;

namespace StorageOps.Functions.MountTargets;

/// <summary>Input of the CreateMountTarget handler: one item of a Map over the request's mount targets.</summary>
public sealed record CreateMountTargetInput
{
    public string? FileSystemId { get; init; }

    public MountTargetRequest? MountTarget { get; init; }
}
