using StorageOps.Functions.MountTargets;

namespace StorageOps.Functions.FileSystems;

/// <summary>
/// Result of the PrepareFileSystemUpdate handler: the checked request split into the input of each step it names; a step
/// the request does not name is left out (null), and the state machine skips it.
/// </summary>
/// <param name="Deadline">After this instant the workflow stops waiting for the file system to be available again.</param>
public sealed record FileSystemUpdatePlan(
    string FileSystemId,
    DateTimeOffset Deadline,
    UpdateFileSystemThroughputInput? Throughput,
    ModifyMountTargetSecurityGroupsInput? MountTargetSecurityGroups,
    UpdateFileSystemTagsInput? Tags,
    UpdateFileSystemProtectionInput? Protection);
