namespace StorageOps.Functions.FileSystems;

/// <summary>Result of the DescribeFileSystem handler: what a polling loop needs to decide its next step.</summary>
/// <param name="Ready">The file system is <c>available</c>.</param>
/// <param name="Failed">The file system reached a state it will not leave for <c>available</c>.</param>
/// <param name="WaitSeconds">How long to wait before describing again.</param>
/// <param name="CheckedAt">When it was described, on the caller's clock; state machines compare it with the deadline.</param>
public sealed record FileSystemStatus(
    string FileSystemId,
    string LifeCycleState,
    bool Ready,
    bool Failed,
    int WaitSeconds,
    DateTimeOffset CheckedAt);
