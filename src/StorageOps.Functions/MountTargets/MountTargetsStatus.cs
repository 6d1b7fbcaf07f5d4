namespace StorageOps.Functions.MountTargets;

/// <summary>Result of the DescribeMountTargets handler: what a polling loop needs to decide its next step.</summary>
/// <param name="Ready">Every expected mount target is <c>available</c>.</param>
/// <param name="Failed">An expected mount target is in <c>error</c>, or has disappeared.</param>
/// <param name="Gone">The file system has no mount target left (or no longer exists): a deletion is complete.</param>
/// <param name="NotDeletingCount">
/// Mount targets not being deleted. While waiting for a deletion, more than zero means one appeared after the delete
/// (a create that was still in flight when a Map iteration failed), so the workflow asks for the deletion again.
/// </param>
/// <param name="WaitSeconds">How long to wait before describing again.</param>
/// <param name="CheckedAt">When they were described, on the caller's clock; state machines compare it with the deadline.</param>
public sealed record MountTargetsStatus(
    string FileSystemId,
    IReadOnlyList<MountTargetSummary> MountTargets,
    bool Ready,
    bool Failed,
    bool Gone,
    int NotDeletingCount,
    int WaitSeconds,
    DateTimeOffset CheckedAt);
