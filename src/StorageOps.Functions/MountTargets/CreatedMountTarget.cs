namespace StorageOps.Functions.MountTargets;

/// <summary>Result of the CreateMountTarget handler.</summary>
/// <param name="AlreadyExisted">True when the file system already had a mount target in that subnet (a retry or a duplicate request).</param>
/// <param name="RequestedAt">When it was asked for; the polls' intervals grow from here.</param>
/// <param name="WaitSeconds">How long to wait before the first describe.</param>
public sealed record CreatedMountTarget(string FileSystemId, MountTargetSummary MountTarget, bool AlreadyExisted, DateTimeOffset RequestedAt, int WaitSeconds);
