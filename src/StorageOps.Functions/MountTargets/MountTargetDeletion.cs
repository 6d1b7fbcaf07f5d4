namespace StorageOps.Functions.MountTargets;

/// <summary>Result of the DeleteMountTargets handler.</summary>
/// <param name="DeletingMountTargetIds">Every mount target now being deleted (including those a retry had already asked for).</param>
/// <param name="RequestedAt">When the deletions were asked for; the polls' intervals grow from here.</param>
/// <param name="Deadline">After this instant the workflow stops polling and fails.</param>
/// <param name="WaitSeconds">How long to wait before the first describe.</param>
public sealed record MountTargetDeletion(
    string FileSystemId,
    IReadOnlyList<string> DeletingMountTargetIds,
    DateTimeOffset RequestedAt,
    DateTimeOffset Deadline,
    int WaitSeconds);
