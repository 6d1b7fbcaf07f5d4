namespace StorageOps.Functions.MountTargets;

/// <summary>Result of the DescribeMountTargets handler: what a polling loop needs to decide its next step.</summary>
/// <param name="Ready">Every expected mount target is <c>available</c>.</param>
/// <param name="Failed">An expected mount target is in <c>error</c>, or has disappeared.</param>
/// <param name="Gone">The file system has no mount target left (or no longer exists): a deletion is complete.</param>
/// <param name="WaitSeconds">How long to wait before describing again.</param>
/// <param name="CheckedAt">When they were described, on the caller's clock; state machines compare it with the deadline.</param>
public sealed record MountTargetsStatus(
    string FileSystemId,
    IReadOnlyList<MountTargetSummary> MountTargets,
    bool Ready,
    bool Failed,
    bool Gone,
    int WaitSeconds,
    DateTimeOffset CheckedAt);
